namespace CrashSearch.Ingest.Synthetic;

internal static partial class SymbolGroups
{
    static readonly string[] ContentMostly = ["content", "content", "content", "parent"];

    static IEnumerable<SymbolGroup> Cpp =>
    [
        new("dom", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ContentMostly, PlatformFamily.All, 10, Symbols(
            In("dom/base/Element.cpp",
                "mozilla::dom::Element::GetAttr(int, nsAtom*, nsTSubstring<char16_t>&) const",
                "mozilla::dom::Element::SetAttr(int, nsAtom*, nsAtom*, const nsTSubstring<char16_t>&, nsIPrincipal*, bool)",
                "mozilla::dom::Element::BindToTree(mozilla::dom::BindContext&, nsINode&)",
                "mozilla::dom::Element::UnbindFromTree(mozilla::dom::UnbindContext&)"),
            In("dom/base/Document.cpp",
                "mozilla::dom::Document::Destroy()",
                "mozilla::dom::Document::FlushPendingNotifications(mozilla::ChangesToFlush)",
                "mozilla::dom::Document::UnblockOnload(bool)"),
            In("dom/html/HTMLMediaElement.cpp",
                "mozilla::dom::HTMLMediaElement::NotifyMediaTrackEnabled(mozilla::dom::MediaTrack*)",
                "mozilla::dom::HTMLMediaElement::Load()"),
            In("dom/html/HTMLInputElement.cpp", "mozilla::dom::HTMLInputElement::SetValueInternal(const nsTSubstring<char16_t>&, const nsTSubstring<char16_t>*, mozilla::EnumSet<mozilla::TextControlState::ValueSetterOption, unsigned int>)"),
            In("docshell/base/BrowsingContext.cpp", "mozilla::dom::BrowsingContext::Detach(bool)"),
            In("docshell/base/CanonicalBrowsingContext.cpp", "mozilla::dom::CanonicalBrowsingContext::ReplacedBy(mozilla::dom::CanonicalBrowsingContext*, const mozilla::dom::NavigationIsolationOptions&)"),
            In("dom/ipc/WindowGlobalChild.cpp", "mozilla::dom::WindowGlobalChild::Destroy()"),
            In("dom/ipc/ContentParent.cpp", "mozilla::dom::ContentParent::ActorDestroy(mozilla::ipc::IProtocol::ActorDestroyReason)"),
            In("dom/promise/Promise.cpp", "mozilla::dom::Promise::MaybeSomething<const nsresult&>(const nsresult&, void (mozilla::dom::Promise::*)(JSContext*, JS::Handle<JS::Value>))"),
            In("dom/script/ScriptLoader.cpp", "mozilla::dom::ScriptLoader::ProcessRequest(mozilla::dom::ScriptLoadRequest*)"),
            In("dom/base/Selection.cpp", "mozilla::dom::Selection::AddRangeAndSelectFramesAndNotifyListeners(nsRange&, mozilla::dom::Document*, mozilla::ErrorResult&)"),
            In("dom/base/CustomElementRegistry.cpp", "mozilla::dom::CustomElementRegistry::Upgrade(JSContext*, mozilla::dom::Element*, mozilla::dom::CustomElementDefinition*, mozilla::ErrorResult&)"),
            In("dom/indexedDB/IDBTransaction.cpp", "mozilla::dom::IDBTransaction::FireCompleteOrAbortEvents(nsresult)"),
            In("dom/fetch/FetchDriver.cpp", "mozilla::dom::FetchDriver::OnStopRequest(nsIRequest*, nsresult)"),
            In("ipc/glue/BackgroundImpl.cpp",
                "`anonymous namespace'::ParentImpl::ShutdownBackgroundThread()",
                "`anonymous namespace'::ChildImpl::ThreadLocalDestructor(void*)"),
            In("dom/base/nsGlobalWindowInner.cpp", "nsGlobalWindowInner::FreeInnerObjects()"),
            In("dom/base/nsGlobalWindowOuter.cpp", "nsGlobalWindowOuter::SetNewDocument(mozilla::dom::Document*, nsISupports*, bool, bool*)"),
            In("dom/base/nsFrameLoader.cpp", "nsFrameLoader::Destroy(bool)"),
            In("dom/events/EventListenerManager.cpp", "mozilla::EventListenerManager::HandleEventInternal(nsPresContext*, mozilla::WidgetEvent*, mozilla::dom::Event**, mozilla::dom::EventTarget*, nsEventStatus*, bool)"),
            In("xpcom/threads/MozPromise.h", "mozilla::MozPromise<bool, nsresult, true>::ThenValue<(lambda at /builds/worker/checkouts/gecko/dom/ipc/ContentParent.cpp:1861:15)>::DoResolveOrRejectInternal(mozilla::MozPromise<bool, nsresult, true>::ResolveOrRejectValue&)"),
            In("xpcom/ds/nsTArray.h", "nsTArray_Impl<RefPtr<mozilla::dom::Element>, nsTArrayInfallibleAllocator>::AppendElementInternal<nsTArrayInfallibleAllocator, mozilla::dom::Element*>(mozilla::dom::Element*&&)"))),

        new("workers", CodeLanguage.Cpp, "DOM Worker", ThreadKind.Xpcom, ["content"], PlatformFamily.All, 3, Symbols(
            In("dom/workers/WorkerPrivate.cpp",
                "mozilla::dom::WorkerPrivate::DoRunLoop(JSContext*)",
                "mozilla::dom::WorkerPrivate::NotifyInternal(mozilla::dom::WorkerStatus)"),
            In("dom/workers/RuntimeService.cpp", "mozilla::dom::workerinternals::`anonymous namespace'::WorkerThreadPrimaryRunnable::Run()"),
            In("dom/workers/WorkerScope.cpp", "mozilla::dom::WorkerGlobalScope::NoteTerminating()"),
            In("dom/workers/remoteworkers/RemoteWorkerChild.cpp", "mozilla::dom::RemoteWorkerChild::ExecWorkerOnMainThread(mozilla::dom::RemoteWorkerData&&)"))),

        new("layout", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ["content"], PlatformFamily.All, 8, Symbols(
            In("layout/base/PresShell.cpp",
                "mozilla::PresShell::DoReflow(nsIFrame*, bool, mozilla::OverflowChangedTracker*)",
                "mozilla::PresShell::Paint(nsView*, const nsRegion&, mozilla::PaintFlags)"),
            In("layout/base/RestyleManager.cpp", "mozilla::RestyleManager::ProcessRestyledFrames(nsStyleChangeList&)"),
            In("layout/base/nsCSSFrameConstructor.cpp", "nsCSSFrameConstructor::ContentAppended(nsIContent*, nsCSSFrameConstructor::InsertionKind)"),
            In("layout/generic/nsBlockFrame.cpp", "nsBlockFrame::Reflow(nsPresContext*, mozilla::ReflowOutput&, const mozilla::ReflowInput&, nsReflowStatus&)"),
            In("layout/generic/nsIFrame.cpp", "nsIFrame::BuildDisplayListForChild(nsDisplayListBuilder*, nsIFrame*, const nsDisplayListSet&, nsIFrame::DisplayChildFlags)"),
            In("layout/generic/nsTextFrame.cpp", "nsTextFrame::ReflowText(nsLineLayout&, int, mozilla::gfx::DrawTarget*, mozilla::ReflowOutput&, nsReflowStatus&)"),
            In("layout/generic/nsLineLayout.cpp", "nsLineLayout::ReflowFrame(nsIFrame*, nsReflowStatus&, mozilla::ReflowOutput*, bool&)"),
            In("layout/base/nsRefreshDriver.cpp", "nsRefreshDriver::Tick(mozilla::layers::BaseTransactionId<mozilla::VsyncIdType>, mozilla::TimeStamp, nsRefreshDriver::IsExtraTick)"),
            In("layout/painting/nsDisplayList.cpp", "nsDisplayListBuilder::MarkFramesForDisplayList(nsIFrame*, const nsFrameList&)"))),

        new("gfx", CodeLanguage.Cpp, "Compositor", ThreadKind.Xpcom, ["gpu", "gpu", "parent"], PlatformFamily.All, 6, Symbols(
            In("gfx/layers/ipc/CompositorBridgeParent.cpp", "mozilla::layers::CompositorBridgeParent::CompositeToTarget(mozilla::layers::BaseTransactionId<mozilla::VsyncIdType>, mozilla::gfx::DrawTarget*, const mozilla::gfx::IntRectTyped<mozilla::gfx::UnknownUnits>*)"),
            In("gfx/layers/wr/WebRenderBridgeParent.cpp", "mozilla::layers::WebRenderBridgeParent::MaybeGenerateFrame(mozilla::wr::RenderReasons, bool)"),
            In("gfx/layers/ipc/CanvasTranslator.cpp", "mozilla::layers::CanvasTranslator::TranslateRecording()"),
            In("gfx/2d/DrawTargetSkia.cpp", "mozilla::gfx::DrawTargetSkia::DrawSurface(mozilla::gfx::SourceSurface*, const mozilla::gfx::RectTyped<mozilla::gfx::UnknownUnits, float>&, const mozilla::gfx::RectTyped<mozilla::gfx::UnknownUnits, float>&, const mozilla::gfx::DrawSurfaceOptions&, const mozilla::gfx::DrawOptions&)"),
            In("gfx/webrender_bindings/RenderThread.cpp", "mozilla::wr::RenderThread::UpdateAndRender(mozilla::wr::WindowId, const mozilla::layers::BaseTransactionId<mozilla::VsyncIdType>&, const mozilla::TimeStamp&, bool, const mozilla::Maybe<mozilla::gfx::IntSizeTyped<mozilla::gfx::UnknownUnits>>&, const mozilla::Maybe<mozilla::wr::ImageFormat>&, const mozilla::Maybe<mozilla::Range<unsigned char>>&, bool*)"),
            In("gfx/webrender_bindings/RendererOGL.cpp", "mozilla::wr::RendererOGL::UpdateAndRender(const mozilla::Maybe<mozilla::gfx::IntSizeTyped<mozilla::gfx::UnknownUnits>>&, const mozilla::Maybe<mozilla::wr::ImageFormat>&, const mozilla::Maybe<mozilla::Range<unsigned char>>&, bool*, mozilla::wr::RendererStats*)"),
            In("gfx/gl/GLContext.h", "mozilla::gl::GLContext::fFinish()"))),

        new("gfx-windows", CodeLanguage.Cpp, "Compositor", ThreadKind.Xpcom, ["gpu"], PlatformFamily.Windows, 3, Symbols(
            In("gfx/thebes/DeviceManagerDx.cpp", "mozilla::gfx::DeviceManagerDx::CreateCompositorDevices()"),
            In("gfx/2d/DrawTargetD2D1.cpp", "mozilla::gfx::DrawTargetD2D1::Flush(bool)"),
            In("gfx/webrender_bindings/RenderCompositorANGLE.cpp", "mozilla::wr::RenderCompositorANGLE::EndFrame(const nsTArray<mozilla::wr::Box2D<int, mozilla::wr::DevicePixel>>&)"))),

        new("gfx-linux", CodeLanguage.Cpp, "Compositor", ThreadKind.Xpcom, ["parent"], PlatformFamily.Linux, 2, Symbols(
            In("gfx/gl/GLContextProviderEGL.cpp", "mozilla::gl::GLContextEGL::SwapBuffers()"),
            In("widget/gtk/DMABufSurface.cpp", "DMABufSurfaceRGBA::Create(mozilla::gl::GLContext*, int, int, int, mozilla::widget::DMABufDevice*)"))),

        new("gfx-mac", CodeLanguage.Cpp, "Compositor", ThreadKind.Xpcom, ["parent", "gpu"], PlatformFamily.Mac, 2, Symbols(
            In("gfx/layers/NativeLayerCA.mm", "mozilla::layers::NativeLayerRootCA::CommitToScreen()"),
            In("gfx/webrender_bindings/RenderCompositorNative.cpp", "mozilla::wr::RenderCompositorNative::EndFrame(const nsTArray<mozilla::wr::Box2D<int, mozilla::wr::DevicePixel>>&)"))),

        new("net", CodeLanguage.Cpp, "Socket Thread", ThreadKind.Xpcom, ["parent", "socket"], PlatformFamily.All, 5, Symbols(
            In("netwerk/protocol/http/nsHttpChannel.cpp", "mozilla::net::nsHttpChannel::OnStopRequest(nsIRequest*, nsresult)"),
            In("netwerk/protocol/http/nsHttpTransaction.cpp", "mozilla::net::nsHttpTransaction::WriteSegments(mozilla::net::nsAHttpSegmentWriter*, unsigned int, unsigned int*)"),
            In("netwerk/base/nsSocketTransport2.cpp", "mozilla::net::nsSocketTransport::OnSocketReady(PRFileDesc*, short)"),
            In("netwerk/protocol/http/Http2Session.cpp", "mozilla::net::Http2Session::ReadSegmentsAgain(mozilla::net::nsAHttpSegmentReader*, unsigned int, unsigned int*, bool*)"),
            In("netwerk/protocol/http/Http3Session.cpp", "mozilla::net::Http3Session::ProcessEvents()"),
            In("netwerk/protocol/http/nsHttpConnectionMgr.cpp", "mozilla::net::nsHttpConnectionMgr::OnMsgProcessPendingQ(int, mozilla::net::ARefBase*)"),
            In("netwerk/base/nsSocketTransportService2.cpp", "mozilla::net::nsSocketTransportService::Run()"))),

        new("ipc", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ["parent", "content", "gpu", "rdd", "utility"], PlatformFamily.All, 6, Symbols(
            In("ipc/glue/MessageChannel.cpp",
                "mozilla::ipc::MessageChannel::OnChannelErrorFromLink()",
                "mozilla::ipc::MessageChannel::NotifyMaybeChannelError(mozilla::ipc::ReleasableMonitorAutoLock&)",
                "mozilla::ipc::MessageChannel::DispatchMessage(mozilla::ipc::ActorLifecycleProxy*, mozilla::UniquePtr<IPC::Message, mozilla::DefaultDelete<IPC::Message>>)"),
            In("ipc/glue/NodeController.cpp", "mozilla::ipc::NodeController::OnEventMessage(const mojo::core::ports::NodeName&, mozilla::UniquePtr<IPC::Message, mozilla::DefaultDelete<IPC::Message>>)"),
            In("ipc/glue/GeckoChildProcessHost.cpp", "mozilla::ipc::GeckoChildProcessHost::Destroy()"),
            In("ipc/ipdl/PContentChild.cpp", "mozilla::dom::PContentChild::OnMessageReceived(const IPC::Message&)"),
            In("ipc/ipdl/PBrowserParent.cpp", "mozilla::dom::PBrowserParent::OnMessageReceived(const IPC::Message&)"))),

        new("media", CodeLanguage.Cpp, "MediaDecoderStateMachine", ThreadKind.Xpcom, ["content", "rdd", "utility"], PlatformFamily.All, 4, Symbols(
            In("dom/media/MediaDecoderStateMachine.cpp",
                "mozilla::MediaDecoderStateMachine::DecodingState::HandleEndOfVideo()",
                "mozilla::MediaDecoderStateMachine::OnMediaSinkVideoComplete()"),
            In("dom/media/MediaFormatReader.cpp", "mozilla::MediaFormatReader::NotifyNewOutput(mozilla::TrackInfo::TrackType, nsTArray<RefPtr<mozilla::MediaData>>&&)"),
            In("dom/media/mediasink/AudioSink.cpp", "mozilla::AudioSink::PopFrames(unsigned int)"),
            In("dom/media/MediaTrackGraph.cpp", "mozilla::MediaTrackGraphImpl::OneIteration(long, long, mozilla::MixerCallbackReceiver*)"),
            In("dom/media/ipc/RemoteDecoderManagerChild.cpp", "mozilla::RemoteDecoderManagerChild::Shutdown()"),
            In("dom/media/platforms/ffmpeg/FFmpegVideoDecoder.cpp", "mozilla::FFmpegVideoDecoder<46465650>::DoDecode(mozilla::MediaRawData*, unsigned char*, int, bool*, nsTArray<RefPtr<mozilla::MediaData>>&)"))),

        new("js", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ContentMostly, PlatformFamily.All, 9, Symbols(
            In("js/src/gc/GC.cpp",
                "js::gc::GCRuntime::collect(bool, const js::SliceBudget&, JS::GCReason)",
                "js::gc::GCRuntime::incrementalSlice(js::SliceBudget&, JS::GCReason, bool)",
                "js::gc::GCRuntime::sweepZones(JS::GCContext*, bool)"),
            In("js/src/gc/Marking.cpp",
                "js::GCMarker::markUntilBudgetExhausted(js::SliceBudget&, js::GCMarker::ShouldReportMarkTime)",
                "js::GCMarker::processMarkStackTop<4u>(js::SliceBudget&)"),
            In("js/src/gc/Tenuring.cpp", "js::gc::TenuringTracer::collectToObjectFixedPoint()"),
            In("js/src/gc/Nursery.cpp", "js::Nursery::doCollection(js::gc::AutoGCSession&, JS::GCOptions, JS::GCReason)"),
            In("js/src/jit/CodeGenerator.cpp", "js::jit::CodeGenerator::visitCallNative(js::jit::LCallNative*)"),
            In("js/src/jit/BaselineCodeGen.cpp", "js::jit::BaselineCompiler::emitBody()"),
            In("js/src/jit/Jit.cpp", "js::jit::MaybeEnterJit(JSContext*, js::RunState&)"),
            In("js/src/vm/NativeObject.cpp", "js::NativeObject::addProperty(JSContext*, JS::Handle<js::NativeObject*>, JS::Handle<JS::PropertyKey>, js::PropertyFlags, unsigned int*)"),
            In("js/src/frontend/BytecodeEmitter.cpp", "js::frontend::BytecodeEmitter::emitTree(js::frontend::ParseNode*, js::frontend::ValueUsage, js::frontend::BytecodeEmitter::EmitLineNumberNote)"),
            In("js/src/wasm/WasmInstance.cpp", "js::wasm::Instance::callExport(JSContext*, unsigned int, const JS::CallArgs&, js::wasm::CoercionLevel)"))),

        new("js-helper", CodeLanguage.Cpp, "JS Helper", ThreadKind.JsHelper, ["content"], PlatformFamily.All, 3, Symbols(
            In("js/src/gc/GC.cpp", "js::gc::BackgroundMarkTask::run(js::AutoLockHelperThreadState&)"),
            In("js/src/gc/Sweeping.cpp", "js::gc::SweepFinalizationObserversTask::run(js::AutoLockHelperThreadState&)"),
            In("js/src/jit/IonCompileTask.cpp", "js::jit::IonCompileTask::runTask()"),
            In("js/src/vm/HelperThreads.cpp", "js::GlobalHelperThreadState::runOneTask(js::HelperThread*, js::AutoLockHelperThreadState&)"))),

        new("xpcom", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ["parent"], PlatformFamily.All, 4, Symbols(
            In("xpcom/base/nsCycleCollector.cpp", "nsCycleCollector::Collect(CCReason, ccIsManual, js::SliceBudget&, nsICycleCollectorListener*, bool)"),
            In("xpcom/base/AppShutdown.cpp", "mozilla::AppShutdown::AdvanceShutdownPhase(mozilla::ShutdownPhase, const char16_t*, nsCOMPtr<nsISupports>&&)"),
            In("xpcom/threads/nsThreadManager.cpp", "nsThreadManager::SpinEventLoopUntilInternal(const nsTSubstring<char>&, nsINestedEventLoopCondition*, mozilla::ShutdownPhase)"),
            In("toolkit/components/terminator/nsTerminator.cpp", "`anonymous namespace'::RunWatchdog(void*)"))),

        new("widget-windows", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ["parent"], PlatformFamily.Windows, 3, Symbols(
            In("widget/windows/nsWindow.cpp",
                "nsWindow::ProcessMessageInternal(unsigned int, unsigned long long&, long long&, long long*)",
                "nsWindow::WindowProcInternal(HWND__*, unsigned int, unsigned long long, long long)"),
            In("widget/windows/TSFTextStore.cpp", "mozilla::widget::TSFTextStore::GetTextExt(unsigned long, long, long, tagRECT*, int*)"),
            In("accessible/windows/msaa/MsaaAccessible.cpp", "mozilla::a11y::MsaaAccessible::get_accName(tagVARIANT, wchar_t**)"),
            In("accessible/windows/uia/uiaRawElmProvider.cpp", "mozilla::a11y::uiaRawElmProvider::GetPropertyValue(long, tagVARIANT*)"))),

        new("widget-linux", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ["parent"], PlatformFamily.Linux, 2, Symbols(
            In("widget/gtk/nsWindow.cpp",
                "nsWindow::OnButtonPressEvent(_GdkEventButton*)",
                "nsWindow::OnExposeEvent(_cairo*)"),
            In("widget/gtk/IMContextWrapper.cpp", "mozilla::widget::IMContextWrapper::OnCommitCompositionNative(_GtkIMContext*, const char*)"))),

        new("widget-mac", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ["parent"], PlatformFamily.Mac, 2, Symbols(
            In("widget/cocoa/nsChildView.mm", "-[ChildView mouseDown:]"),
            In("widget/cocoa/nsCocoaWindow.mm", "nsCocoaWindow::Show(bool)"),
            In("widget/cocoa/TextInputHandler.mm", "mozilla::widget::TextInputHandler::InsertText(NSString*, _NSRange*)"))),

        new("widget-android", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ["parent"], PlatformFamily.Android, 2, Symbols(
            In("widget/android/GeckoEditableSupport.cpp", "mozilla::widget::GeckoEditableSupport::OnKeyEvent(int, int, int, int, int, long, int, int, int, bool, mozilla::jni::Ref<mozilla::jni::Object, _jobject*>::Param)"),
            In("widget/android/nsWindow.cpp", "nsWindow::Resize(double, double, bool)"))),

        new("mail", CodeLanguage.Cpp, "GeckoMain", ThreadKind.Main, ["parent"], PlatformFamily.Desktop, 12, Symbols(
            In("comm/mailnews/base/src/nsMsgDBFolder.cpp", "nsMsgDBFolder::GetMsgDatabase(nsIMsgDatabase**)"),
            In("comm/mailnews/local/src/nsLocalMailFolder.cpp", "nsMsgLocalMailFolder::GetDatabaseWOReparse(nsIMsgDatabase**)"),
            In("comm/mailnews/imap/src/nsImapMailFolder.cpp", "nsImapMailFolder::UpdateImapMailboxInfo(nsIImapProtocol*, nsIMailboxSpec*)"),
            In("comm/mailnews/imap/src/nsImapProtocol.cpp", "nsImapProtocol::ProcessCurrentURL()"),
            In("comm/mailnews/db/msgdb/src/nsMsgDatabase.cpp", "nsMsgDatabase::GetMsgHdrForKey(unsigned int, nsIMsgDBHdr**)")))
        {
            MailOnly = true,
        },
    ];
}
