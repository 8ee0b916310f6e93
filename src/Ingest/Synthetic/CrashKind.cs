namespace CrashSearch.Ingest.Synthetic;

/// <summary>How a synthetic crash happened; decides the reason, the annotations and the signature's shape.</summary>
internal enum CrashKind
{
    /// <summary>A bad memory access in our code.</summary>
    AccessViolation,

    /// <summary>A MOZ_CRASH or failed release assertion (moz_crash_reason set).</summary>
    MozCrash,

    /// <summary>A Rust panic turned into a crash (moz_crash_reason holds the panic message).</summary>
    RustPanic,

    /// <summary>An infallible allocation failed; signature "OOM | small" or "OOM | large | ...".</summary>
    OutOfMemory,

    /// <summary>abort() after a fatal error (abort_message set).</summary>
    Abort,

    /// <summary>Unbounded recursion.</summary>
    StackOverflow,

    /// <summary>A crash inside a graphics driver without symbols.</summary>
    Driver,

    /// <summary>An uncaught Java exception on Android.</summary>
    JavaException,
}
