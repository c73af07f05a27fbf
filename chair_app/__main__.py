from chair_app.app import main

raise SystemExit(main())
