import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main(["run", *sys.argv[1:]] if len(sys.argv) == 1 else sys.argv[1:]))
