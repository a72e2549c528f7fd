"""Wire schema of proto/ncc/v1/daemon.proto (generated: run `python proto/generate.py`; do not edit).

MESSAGES: message -> {field number: (name, kind, message type | map (key, value) kinds, repeated)}.
METHODS: rpc -> (path, request type, reply type, server streaming)."""

MESSAGES: dict[str, dict[int, tuple]] = {
    'ncc.v1.CacheRequest': {
        1: ('command', 'string', None, False),
        2: ('max_bytes', 'uint64', None, False),
    },
    'ncc.v1.CommandDone': {
        1: ('stdout', 'string', None, False),
        2: ('stderr', 'string', None, False),
        3: ('exit_status', 'int32', None, False),
    },
    'ncc.v1.CommandEvent': {
        1: ('progress', 'message', 'ncc.v1.Progress', False),
        2: ('done', 'message', 'ncc.v1.CommandDone', False),
    },
    'ncc.v1.CommandRequest': {
        1: ('argv', 'string', None, True),
        2: ('cwd', 'string', None, False),
        3: ('env', 'map', ('string', 'string'), False),
        4: ('progress', 'bool', None, False),
    },
    'ncc.v1.CompileEvent': {
        1: ('progress', 'message', 'ncc.v1.Progress', False),
        2: ('result', 'message', 'ncc.v1.CompileResult', False),
    },
    'ncc.v1.CompileRequest': {
        1: ('model', 'message', 'ncc.v1.Model', False),
        2: ('flags', 'string', None, True),
        3: ('output', 'string', None, False),
        4: ('return_artifact', 'bool', None, False),
        5: ('retry_failed', 'bool', None, False),
        6: ('report', 'string', None, False),
        7: ('max_input_bytes', 'uint64', None, False),
    },
    'ncc.v1.CompileResult': {
        1: ('ok', 'bool', None, False),
        2: ('output', 'string', None, False),
        3: ('artifact', 'bytes', None, False),
        4: ('cache', 'string', None, False),
        5: ('json', 'string', None, False),
        6: ('timings_ms', 'map', ('string', 'double'), False),
        7: ('warnings', 'string', None, True),
        8: ('text', 'string', None, False),
        9: ('exit_status', 'int32', None, False),
    },
    'ncc.v1.DiagnoseRequest': {
        1: ('model', 'message', 'ncc.v1.Model', False),
        2: ('target', 'string', None, False),
        3: ('max_input_bytes', 'uint64', None, False),
    },
    'ncc.v1.HandshakeReply': {
        1: ('compatible', 'bool', None, False),
        2: ('restart_reason', 'string', None, False),
        3: ('daemon_version', 'string', None, False),
        4: ('protocol', 'uint32', None, False),
        5: ('pid', 'int64', None, False),
    },
    'ncc.v1.HandshakeRequest': {
        1: ('client_version', 'string', None, False),
        2: ('protocol', 'uint32', None, False),
        3: ('config', 'map', ('string', 'string'), False),
    },
    'ncc.v1.InspectRequest': {
        1: ('path', 'string', None, False),
    },
    'ncc.v1.JsonReply': {
        1: ('json', 'string', None, False),
        2: ('ok', 'bool', None, False),
        3: ('text', 'string', None, False),
        4: ('exit_status', 'int32', None, False),
    },
    'ncc.v1.ListOperatorsRequest': {
        1: ('target', 'string', None, False),
    },
    'ncc.v1.Model': {
        1: ('path', 'string', None, False),
        2: ('content', 'bytes', None, False),
        3: ('name', 'string', None, False),
    },
    'ncc.v1.Progress': {
        1: ('stage', 'string', None, False),
        2: ('message', 'string', None, False),
        3: ('elapsed_ms', 'double', None, False),
    },
    'ncc.v1.RunReply': {
        1: ('ok', 'bool', None, False),
        2: ('json', 'string', None, False),
        3: ('text', 'string', None, False),
        4: ('exit_status', 'int32', None, False),
    },
    'ncc.v1.RunRequest': {
        1: ('artifact', 'string', None, False),
        2: ('inputs', 'string', None, False),
        3: ('random_seed', 'int64', None, False),
        4: ('output', 'string', None, False),
    },
    'ncc.v1.ShutdownReply': {
        1: ('stopping', 'bool', None, False),
    },
    'ncc.v1.ShutdownRequest': {
        1: ('grace_s', 'double', None, False),
    },
    'ncc.v1.StatusReply': {
        1: ('json', 'string', None, False),
    },
    'ncc.v1.StatusRequest': {
    },
    'ncc.v1.WatchEvent': {
        1: ('path', 'string', None, False),
        2: ('ok', 'bool', None, False),
        3: ('cache', 'string', None, False),
        4: ('compile_ms', 'double', None, False),
        5: ('errors', 'int32', None, False),
        6: ('warnings', 'int32', None, False),
        7: ('output', 'string', None, False),
        8: ('summary', 'string', None, False),
        9: ('json', 'string', None, False),
    },
    'ncc.v1.WatchRequest': {
        1: ('paths', 'string', None, True),
        2: ('flags', 'string', None, True),
        3: ('debounce_ms', 'double', None, False),
        4: ('output_dir', 'string', None, False),
    },
}

METHODS = {
    'Cache': ('/ncc.v1.Compiler/Cache', 'ncc.v1.CacheRequest', 'ncc.v1.JsonReply', False),
    'Command': ('/ncc.v1.Compiler/Command', 'ncc.v1.CommandRequest', 'ncc.v1.CommandEvent', True),
    'Compile': ('/ncc.v1.Compiler/Compile', 'ncc.v1.CompileRequest', 'ncc.v1.CompileEvent', True),
    'Diagnose': ('/ncc.v1.Compiler/Diagnose', 'ncc.v1.DiagnoseRequest', 'ncc.v1.JsonReply', False),
    'Handshake': ('/ncc.v1.Compiler/Handshake', 'ncc.v1.HandshakeRequest', 'ncc.v1.HandshakeReply', False),
    'Inspect': ('/ncc.v1.Compiler/Inspect', 'ncc.v1.InspectRequest', 'ncc.v1.JsonReply', False),
    'ListOperators': ('/ncc.v1.Compiler/ListOperators', 'ncc.v1.ListOperatorsRequest', 'ncc.v1.JsonReply', False),
    'Run': ('/ncc.v1.Compiler/Run', 'ncc.v1.RunRequest', 'ncc.v1.RunReply', False),
    'Shutdown': ('/ncc.v1.Compiler/Shutdown', 'ncc.v1.ShutdownRequest', 'ncc.v1.ShutdownReply', False),
    'Status': ('/ncc.v1.Compiler/Status', 'ncc.v1.StatusRequest', 'ncc.v1.StatusReply', False),
    'Watch': ('/ncc.v1.Compiler/Watch', 'ncc.v1.WatchRequest', 'ncc.v1.WatchEvent', True),
}
