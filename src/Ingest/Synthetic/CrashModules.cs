using System.Globalization;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// The modules loaded in one crash, in order of first use, with their load addresses and debug ids. Reused from
/// crash to crash by one generator (not thread-safe); debug ids are cached since they only depend on the build.
/// </summary>
internal sealed class CrashModules
{
    readonly List<ModuleInfo> _modules = new(24);
    readonly List<ulong> _bases = new(24);
    readonly List<string> _debugIds = new(24);
    readonly Dictionary<ModuleInfo, int> _index = new(24, ReferenceEqualityComparer.Instance);
    readonly Dictionary<(ModuleInfo, string), string> _debugIdCache = [];
    SyntheticCrash? _crash;

    public int Count => _modules.Count;

    public ModuleInfo this[int index] => _modules[index];

    public ulong BaseOf(int index) => _bases[index];

    public string DebugIdOf(int index) => _debugIds[index];

    /// <summary>Loads every module the crash's threads use, at random (ASLR) addresses.</summary>
    public void Load(SyntheticCrash crash, ref SyntheticRandom random)
    {
        _crash = crash;
        _modules.Clear();
        _bases.Clear();
        _debugIds.Clear();
        _index.Clear();
        Add(crash.MainModule, ModuleRole.Main, ref random);
        foreach (var thread in crash.Threads)
        {
            foreach (var frame in thread.Frames)
                IndexOf(frame.Module, ref random);
        }
    }

    /// <summary>The index of the module playing <paramref name="role"/>; loads it if needed.</summary>
    public int IndexOf(ModuleRole role, ref SyntheticRandom random)
    {
        var module = _crash!.Platform.Module(role, _crash.MainModule, _crash.Adapter);
        return _index.TryGetValue(module, out var index) ? index : Add(module, role, ref random);
    }

    /// <summary>The index of an already loaded module (every frame's module is loaded by <see cref="Load"/>).</summary>
    public int IndexOf(ModuleRole role)
    {
        var module = _crash!.Platform.Module(role, _crash.MainModule, _crash.Adapter);
        return _index[module];
    }

    int Add(ModuleInfo module, ModuleRole role, ref SyntheticRandom random)
    {
        var crash = _crash!;
        var index = _modules.Count;
        _modules.Add(module);
        _index[module] = index;
        var slot = (ulong)random.Next(0x10000) << 16;
        _bases.Add(crash.Cpu.Is32Bit ? 0x60000000UL + (slot >> 8) : (role == ModuleRole.Main ? 0x0000000100000000UL : crash.Platform.LoadBase) + slot);
        var build = role is ModuleRole.Main or ModuleRole.Xul or ModuleRole.Mozglue or ModuleRole.Nss ? crash.Version.Version : crash.Release.Version;
        if (!_debugIdCache.TryGetValue((module, build), out var debugId))
        {
            var hash = SyntheticRandom.Mix(SyntheticRandom.Hash(module.FileName), SyntheticRandom.Hash(build));
            debugId = string.Create(CultureInfo.InvariantCulture, $"{hash:X16}{SyntheticRandom.Mix(hash, 7):X16}0");
            _debugIdCache[(module, build)] = debugId;
        }
        _debugIds.Add(debugId);
        return index;
    }
}
