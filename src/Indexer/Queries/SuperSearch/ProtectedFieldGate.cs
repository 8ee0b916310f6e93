using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// Lets a caller without the read-protected permission past a field reference only when the field is public;
/// every refusal is reported, naming the field and the parameter form it was found in (never a value).
/// </summary>
internal sealed class ProtectedFieldGate(bool canReadProtected, ICollection<string> errors)
{
    public bool Allows(FieldDefinition field, string where)
    {
        if (canReadProtected || !field.Protected)
            return true;
        errors.Add(ProtectedFieldRedactor.IgnoredMessage(field.Name, where));
        return false;
    }
}
