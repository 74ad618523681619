pytest_plugins = ["backstage_testing.pytest_plugin"]
