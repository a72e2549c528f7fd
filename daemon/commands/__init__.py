"""The command layer: what every `ncc` command does, over a named Backend (backend.py).

Above the engine (daemon/engine.py) and the compiler, below the servicer (daemon/servicer.py) and
the thin client's frame server (daemon/frame_server.py), which run it on the daemon's warm engine.
`python -m nccd.daemon.commands ARGS...` (__main__.py) runs it cold in a process of its own: what
`ncc --no-daemon` does, the `ncc` client handing its command line over (clients/cli/main.py), so
that no client imports this layer.
"""
