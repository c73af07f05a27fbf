from chair_app.cli import main

raise SystemExit(main())
