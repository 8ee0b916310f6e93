namespace CrashSearch.Indexer.Queries;

/// <summary>Makes the cursor of a hit sorted on one numeric value (a date or a number) alone, when it is first read.</summary>
internal interface IHitCursors
{
    SearchCursor Cursor(long sortValue, string uuid);
}
