namespace CrashSearch.Ingest.Synthetic;

/// <summary>A graphics adapter: the ids crash reports carry, the driver version and the driver's user-mode module.</summary>
internal sealed record GraphicsAdapter(string VendorId, string DeviceId, string DriverVersion, ModuleInfo Driver);
