namespace CrashSearch.Ingest.Synthetic;

/// <summary>The kind of thread code runs on; decides the frames under it.</summary>
internal enum ThreadKind
{
    /// <summary>The process's main thread and its event loop.</summary>
    Main,

    /// <summary>An XPCOM thread with its own event loop (Socket Thread, DOM Worker, ...).</summary>
    Xpcom,

    /// <summary>A thread started by Rust's std (Renderer, StyleThread, glean.dispatcher, ...).</summary>
    Rust,

    /// <summary>A SpiderMonkey helper thread.</summary>
    JsHelper,
}
