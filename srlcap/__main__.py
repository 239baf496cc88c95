from srlcap.cli import main

raise SystemExit(main())
