namespace CrashSearch.Ingest.Synthetic;

/// <summary>What a module is to the product; each platform names it differently (xul.dll, libxul.so, XUL).</summary>
internal enum ModuleRole
{
    Main,
    Loader,
    Xul,
    Mozglue,
    Nss,
    Libc,
    Kernel,
    Threads,
    Ui,
    GfxSystem,
    GfxDriver,
    AndroidRuntime,
    AndroidFramework,
    AppCode,
}
