"""`backstage rehearse`: a whole awards night replayed offline through the same services the cogs call."""
