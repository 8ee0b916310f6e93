namespace CrashSearch.Ingest.Synthetic;

/// <summary>Messages that crash sites carry: assertion texts, panic messages, abort messages, Java exceptions.</summary>
internal static class CrashMessages
{
    public static readonly string[] MozCrashReasons =
    [
        "MOZ_RELEASE_ASSERT(idx < storage_.size())",
        "MOZ_RELEASE_ASSERT(isSome())",
        "MOZ_DIAGNOSTIC_ASSERT(!mIsShutdown)",
        "MOZ_RELEASE_ASSERT(aIndex < mLength)",
        "MOZ_CRASH(Shutdown hanging at step AppShutdownConfirmed. Something is blocking the main-thread.)",
        "MOZ_CRASH(Shutdown hanging at step XPCOMShutdownThreads. Something is blocking the main-thread.)",
        "MOZ_CRASH(IPC FatalError in the parent process!)",
        "MOZ_DIAGNOSTIC_ASSERT(false) (Should never get here)",
        "MOZ_RELEASE_ASSERT(mRawPtr != nullptr) (You can't dereference a NULL RefPtr with operator->().)",
        "MOZ_CRASH(Unexpected state)",
        "MOZ_RELEASE_ASSERT(NS_IsMainThread())",
        "MOZ_DIAGNOSTIC_ASSERT(mState == State::Running)",
    ];

    /// <summary>Rust panic messages with the std function that panics for them (or null when the panic is explicit).</summary>
    public static readonly (string Message, string? Thrower)[] RustPanics =
    [
        ("called `Option::unwrap()` on a `None` value", "core::option::unwrap_failed"),
        ("called `Result::unwrap()` on an `Err` value: Io(Os { code: 28, kind: StorageFull, message: \"No space left on device\" })", "core::result::unwrap_failed"),
        ("index out of bounds: the len is 0 but the index is 0", "core::panicking::panic_bounds_check"),
        ("already borrowed: BorrowMutError", "core::cell::panic_already_borrowed"),
        ("attempt to subtract with overflow", null),
        ("assertion failed: self.is_char_boundary(new_len)", null),
        ("Shader compilation failed: Fragment shader failed to compile", null),
        ("internal error: entered unreachable code", null),
    ];

    public static readonly string[] AbortMessages =
    [
        "###!!! ABORT: Aborting on channel error.: file /builds/worker/checkouts/gecko/ipc/glue/MessageChannel.cpp:1812",
        "###!!! ABORT: IPC message discarded: actor cannot send: file /builds/worker/checkouts/gecko/ipc/glue/ProtocolUtils.cpp:457",
        "###!!! ABORT: Content process crashed while the parent was waiting: file /builds/worker/checkouts/gecko/dom/ipc/ContentParent.cpp:2041",
        "Fatal error in child process: out of file descriptors",
    ];

    public static readonly (string Exception, string Message)[] JavaExceptions =
    [
        ("java.lang.IllegalStateException", "Fragment HomeFragment not attached to a context."),
        ("java.lang.NullPointerException", "Attempt to invoke virtual method 'int android.view.View.getHeight()' on a null object reference"),
        ("java.lang.IllegalArgumentException", "navigation destination is unknown to this NavController"),
        ("java.lang.OutOfMemoryError", "Failed to allocate a 16 byte allocation with 0 free bytes and 0B until OOM"),
        ("android.database.sqlite.SQLiteFullException", "database or disk is full (code 13 SQLITE_FULL)"),
        ("java.lang.IndexOutOfBoundsException", "Index: 3, Size: 3"),
        ("android.view.WindowManager$BadTokenException", "Unable to add window -- token null is not valid; is your activity running?"),
    ];
}
