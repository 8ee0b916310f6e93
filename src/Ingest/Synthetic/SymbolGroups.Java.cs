namespace CrashSearch.Ingest.Synthetic;

internal static partial class SymbolGroups
{
    static IEnumerable<SymbolGroup> Java =>
    [
        new("android-ui", CodeLanguage.Java, "main", ThreadKind.Main, ["parent"], PlatformFamily.Android, 8,
        [
            Kotlin("org.mozilla.fenix.HomeActivity.onCreate", "HomeActivity.kt"),
            Kotlin("org.mozilla.fenix.home.HomeFragment.onCreateView", "HomeFragment.kt"),
            Kotlin("org.mozilla.fenix.browser.BaseBrowserFragment.initializeUI", "BaseBrowserFragment.kt"),
            Kotlin("org.mozilla.fenix.browser.BrowserFragment$onViewCreated$1.invoke", "BrowserFragment.kt"),
            Kotlin("mozilla.components.browser.engine.gecko.GeckoEngineSession$createContentDelegate$1.onCrash", "GeckoEngineSession.kt"),
            Kotlin("mozilla.components.feature.downloads.DownloadsFeature$start$1.invokeSuspend", "DownloadsFeature.kt"),
            Kotlin("mozilla.components.browser.state.store.BrowserStore.dispatch", "BrowserStore.kt"),
            Kotlin("org.mozilla.focus.activity.MainActivity.onCreate", "MainActivity.kt"),
            Kotlin("kotlinx.coroutines.DispatchedTask.run", "DispatchedTask.kt"),
            Kotlin("androidx.fragment.app.Fragment.requireContext", "Fragment.java"),
            Kotlin("androidx.recyclerview.widget.RecyclerView.dispatchLayoutStep2", "RecyclerView.java"),
            Kotlin("org.mozilla.geckoview.GeckoSession$3.handleMessage", "GeckoSession.java"),
            Kotlin("org.mozilla.gecko.EventDispatcher$2.run", "EventDispatcher.java"),
            StackSymbol.Verbatim("android.view.ViewRootImpl.performTraversals", ModuleRole.AndroidFramework, "ViewRootImpl.java"),
            StackSymbol.Verbatim("android.database.sqlite.SQLiteConnection.nativeExecute", ModuleRole.AndroidFramework, "SQLiteConnection.java"),
        ]),
    ];

    static StackSymbol Kotlin(string function, string file) => StackSymbol.Verbatim(function, ModuleRole.AppCode, file);
}
