using static CrashSearch.Ingest.Synthetic.StackSymbol;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>The Gecko frames every thread of a kind shares: event loops and thread entry points.</summary>
internal static class GeckoChains
{
    public static readonly StackSymbol[] EventLoop =
    [
        Gecko("nsThread::ProcessNextEvent(bool, bool*)", "xpcom/threads/nsThread.cpp"),
        Gecko("NS_ProcessNextEvent(nsIThread*, bool)", "xpcom/threads/nsThreadUtils.cpp"),
    ];

    public static readonly StackSymbol[] ParentLoop =
    [
        Gecko("mozilla::ipc::MessagePump::Run(base::MessagePump::Delegate*)", "ipc/glue/MessagePump.cpp"),
        Gecko("MessageLoop::RunInternal()", "ipc/chromium/src/base/message_loop.cc"),
        Gecko("MessageLoop::Run()", "ipc/chromium/src/base/message_loop.cc"),
        Gecko("nsBaseAppShell::Run()", "widget/nsBaseAppShell.cpp"),
        Gecko("nsAppStartup::Run()", "toolkit/components/startup/nsAppStartup.cpp"),
        Gecko("XREMain::XRE_mainRun()", "toolkit/xre/nsAppRunner.cpp"),
        Gecko("XREMain::XRE_main(int, char**, const mozilla::BootstrapConfig&)", "toolkit/xre/nsAppRunner.cpp"),
        Gecko("XRE_main(int, char**, const mozilla::BootstrapConfig&)", "toolkit/xre/nsAppRunner.cpp"),
    ];

    public static readonly StackSymbol[] ChildLoop =
    [
        Gecko("mozilla::ipc::MessagePumpForChildProcess::Run(base::MessagePump::Delegate*)", "ipc/glue/MessagePump.cpp"),
        Gecko("MessageLoop::RunInternal()", "ipc/chromium/src/base/message_loop.cc"),
        Gecko("MessageLoop::Run()", "ipc/chromium/src/base/message_loop.cc"),
        Gecko("XRE_InitChildProcess(int, char**, const XREChildData*)", "toolkit/xre/nsEmbedFunctions.cpp"),
        Gecko("content_process_main(mozilla::Bootstrap*, int, char**)", "ipc/contentproc/plugin-container.cpp"),
    ];

    public static readonly StackSymbol[] ThreadLoop =
    [
        Gecko("mozilla::ipc::MessagePumpForNonMainThreads::Run(base::MessagePump::Delegate*)", "ipc/glue/MessagePump.cpp"),
        Gecko("MessageLoop::RunInternal()", "ipc/chromium/src/base/message_loop.cc"),
        Gecko("MessageLoop::Run()", "ipc/chromium/src/base/message_loop.cc"),
        Gecko("nsThread::ThreadFunc(void*)", "xpcom/threads/nsThread.cpp"),
        Gecko("_PR_NativeRunThread(void*)", "nsprpub/pr/src/threads/combined/pruthr.c", ModuleRole.Nss),
        Gecko("pr_root(void*)", "nsprpub/pr/src/md/windows/w95thred.c", ModuleRole.Nss),
    ];

    /// <summary>What an idle XPCOM thread shows under the platform's wait frames.</summary>
    public static readonly StackSymbol[] IdleLoop =
    [
        Gecko("mozilla::detail::ConditionVariableImpl::wait(mozilla::detail::MutexImpl&)", "mozglue/misc/ConditionVariable_posix.cpp", ModuleRole.Mozglue),
        Gecko("nsThread::ProcessNextEvent(bool, bool*)", "xpcom/threads/nsThread.cpp"),
        Gecko("nsThread::ThreadFunc(void*)", "xpcom/threads/nsThread.cpp"),
        Gecko("pr_root(void*)", "nsprpub/pr/src/md/windows/w95thred.c", ModuleRole.Nss),
    ];

    public static readonly StackSymbol[] JsHelper =
    [
        Gecko("js::HelperThread::ThreadMain(js::InternalThreadPool*, js::HelperThread*)", "js/src/vm/InternalThreadPool.cpp"),
        Gecko("js::detail::ThreadTrampoline<void (&)(js::InternalThreadPool*, js::HelperThread*), js::InternalThreadPool*&, js::HelperThread*>::Start(void*)", "js/src/threading/Thread.h"),
    ];

    public static readonly StackSymbol[] RustThread =
    [
        Verbatim("core::ops::function::FnOnce::call_once::{shim:vtable#0}", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/core/src/ops/function.rs"),
        Verbatim("std::sys::backtrace::__rust_begin_short_backtrace::<F, T>", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/std/src/sys/backtrace.rs"),
    ];

    /// <summary>Generic frames that run tasks; they show up between a crash site and the event loop.</summary>
    public static readonly StackSymbol[] Runnables =
    [
        Gecko("mozilla::RunnableTask::Run()", "xpcom/threads/TaskController.cpp"),
        Gecko("mozilla::TaskController::DoExecuteNextTaskOnlyMainThreadInternal(const mozilla::detail::BaseAutoLock<mozilla::Mutex&>&)", "xpcom/threads/TaskController.cpp"),
        Gecko("mozilla::TaskController::ExecuteNextTaskOnlyMainThread()", "xpcom/threads/TaskController.cpp"),
        Gecko("nsTimerImpl::Fire(int)", "xpcom/threads/nsTimerImpl.cpp"),
        Gecko("nsTimerEvent::Run()", "xpcom/threads/TimerThread.cpp"),
        Gecko("mozilla::detail::RunnableFunction<(lambda at /builds/worker/checkouts/gecko/dom/ipc/ContentParent.cpp:1861:15)>::Run()", "xpcom/threads/nsThreadUtils.h"),
        Gecko("mozilla::detail::RunnableMethodImpl<mozilla::dom::ContentParent*, void (mozilla::dom::ContentParent::*)(), true, mozilla::RunnableKind::Standard>::Run()", "xpcom/threads/nsThreadUtils.h"),
        Gecko("mozilla::MozPromise<bool, nsresult, true>::ThenValueBase::ResolveOrRejectRunnable::Run()", "xpcom/threads/MozPromise.h"),
        Gecko("nsObserverService::NotifyObservers(nsISupports*, const char*, const char16_t*)", "xpcom/ds/nsObserverService.cpp"),
        Gecko("mozilla::ipc::MessageChannel::MessageTask::Run()", "ipc/glue/MessageChannel.cpp"),
        Gecko("mozilla::EventDispatcher::Dispatch(mozilla::dom::EventTarget*, nsPresContext*, mozilla::WidgetEvent*, mozilla::dom::Event*, nsEventStatus*, mozilla::EventDispatchingCallback*, nsTArray<mozilla::dom::EventTarget*>*)", "dom/events/EventDispatcher.cpp"),
        Gecko("js::RunScript(JSContext*, js::RunState&)", "js/src/vm/Interpreter.cpp"),
        Gecko("js::InternalCallOrConstruct(JSContext*, const JS::CallArgs&, js::MaybeConstruct, js::CallReason)", "js/src/vm/Interpreter.cpp"),
    ];

    /// <summary>Generic Rust frames between a crash site and a thread's entry point.</summary>
    public static readonly StackSymbol[] RustGlue =
    [
        Verbatim("core::ptr::drop_in_place::<alloc::vec::Vec<u8>>", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/core/src/ptr/mod.rs"),
        Verbatim("<alloc::sync::Arc<T, A>>::drop_slow", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/alloc/src/sync.rs"),
        Gecko("hashbrown::raw::RawTable<T, A>::reserve_rehash", "third_party/rust/hashbrown/src/raw/mod.rs"),
        Verbatim("<alloc::vec::Vec<T> as core::clone::Clone>::clone", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/alloc/src/vec/mod.rs"),
        Gecko("<rayon_core::job::StackJob<L, F, R> as rayon_core::job::Job>::execute", "third_party/rust/rayon-core/src/job.rs"),
        Gecko("rayon_core::registry::WorkerThread::wait_until_cold", "third_party/rust/rayon-core/src/registry.rs"),
    ];

    /// <summary>The Android UI thread under Java code, down to the zygote.</summary>
    public static readonly StackSymbol[] AndroidUi =
    [
        Verbatim("android.os.Handler.handleCallback", ModuleRole.AndroidFramework, "Handler.java"),
        Verbatim("android.os.Handler.dispatchMessage", ModuleRole.AndroidFramework, "Handler.java"),
        Verbatim("android.os.Looper.loopOnce", ModuleRole.AndroidFramework, "Looper.java"),
        Verbatim("android.os.Looper.loop", ModuleRole.AndroidFramework, "Looper.java"),
        Verbatim("android.app.ActivityThread.main", ModuleRole.AndroidFramework, "ActivityThread.java"),
        Os("art_quick_invoke_static_stub", ModuleRole.AndroidRuntime),
        Verbatim("java.lang.reflect.Method.invoke", ModuleRole.AndroidFramework, "Method.java"),
        Verbatim("com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run", ModuleRole.AndroidFramework, "RuntimeInit.java"),
        Verbatim("com.android.internal.os.ZygoteInit.main", ModuleRole.AndroidFramework, "ZygoteInit.java"),
        Os("android::AndroidRuntime::start(char const*, android::Vector<android::String8> const&, bool)", ModuleRole.AndroidRuntime),
        Os("main", ModuleRole.Main),
        Os("__libc_init", ModuleRole.Libc),
    ];
}
