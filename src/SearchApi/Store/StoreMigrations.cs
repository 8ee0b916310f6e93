using DbUp;
using DbUp.Engine;

namespace CrashSearch.SearchApi.Store;

/// <summary>
/// Brings the store's schema up to date with DbUp: the numbered scripts in <c>Store/Migrations/</c> (embedded in
/// the assembly) run once each, in name order, recorded in the store's <c>schemaversions</c> table.
/// </summary>
internal static class StoreMigrations
{
    const string ScriptPrefix = "CrashSearch.SearchApi.Store.Migrations.";

    public static void Apply(StoreDatabase database)
    {
        if (database.Provider == StoreProvider.Sqlite)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(database.Description)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StoreUnavailableException(
                    $"The application store at {database.Description} cannot be created: {e.Message}", e);
            }
        }
        var target = database.Provider == StoreProvider.Postgres
            ? DeployChanges.To.PostgresqlDatabase(database.ConnectionString)
            : DeployChanges.To.SqliteDatabase(database.ConnectionString);
        var result = target
            .WithScriptsEmbeddedInAssembly(typeof(StoreMigrations).Assembly,
                name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new StoreUnavailableException(
                $"The application store at {database.Description} could not be migrated"
                + (result.ErrorScript is SqlScript script ? $" (script {script.Name})" : "")
                + $": {result.Error.Message}",
                result.Error);
    }
}
