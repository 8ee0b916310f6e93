using System.Globalization;

namespace CrashSearch.Benchmarks;

/// <summary>The harness's command line: <c>--crashes N [--out FILE] [--skip-postgres] [--api-clients C] [--seed S] [--work DIR]</c>.</summary>
internal sealed record BenchmarkArguments(long Crashes, string? Out, bool SkipPostgres, int ApiClients, int Seed, string? WorkDirectory)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/Benchmarks -- --crashes N [--out docs/benchmarks.md] [--skip-postgres] [--api-clients 8] [--seed 1] [--work DIR]";

    /// <summary>The arguments as a user would type them again, for the top of the report.</summary>
    public string CommandLine()
    {
        var line = $"dotnet run -c Release --project tests/Benchmarks -- --crashes {Crashes.ToString(CultureInfo.InvariantCulture)}";
        if (Out is not null)
            line += $" --out {Out}";
        if (SkipPostgres)
            line += " --skip-postgres";
        if (ApiClients != 8)
            line += $" --api-clients {ApiClients.ToString(CultureInfo.InvariantCulture)}";
        if (Seed != 1)
            line += $" --seed {Seed.ToString(CultureInfo.InvariantCulture)}";
        return line;
    }

    /// <exception cref="ArgumentException">An argument is unknown, missing its value or out of range.</exception>
    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        long? crashes = null;
        string? output = null, work = null;
        var skipPostgres = false;
        var clients = 8;
        var seed = 1;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--crashes": crashes = Number(args, ref i, 1, 100_000_000); break;
                case "--out": output = Value(args, ref i); break;
                case "--skip-postgres": skipPostgres = true; break;
                case "--api-clients": clients = (int)Number(args, ref i, 1, 256); break;
                case "--seed": seed = (int)Number(args, ref i, 0, int.MaxValue); break;
                case "--work": work = Value(args, ref i); break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }
        return new BenchmarkArguments(crashes ?? throw new ArgumentException("--crashes N is required."), output, skipPostgres, clients, seed, work);
    }

    static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    static long Number(IReadOnlyList<string> args, ref int i, long min, long max)
    {
        var name = args[i];
        var text = Value(args, ref i).Replace("_", "", StringComparison.Ordinal);
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{args[i]}'.");
        return value;
    }
}
