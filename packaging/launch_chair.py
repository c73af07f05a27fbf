"""The packaged app's entry point (packaging/chair.spec): the same ``main`` as ``chair-app``."""

from chair_app.cli import main

raise SystemExit(main())
