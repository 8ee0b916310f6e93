namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Reads a tokenizer's whole input into a reusable buffer: the tokenizers here split whole values. Part of the
/// analysers both engines use.
/// </summary>
internal static class TokenizerInput
{
    /// <summary>
    /// Reads up to about <paramref name="maxChars"/> characters, growing <paramref name="buffer"/>; returns how many.
    /// </summary>
    public static int Read(TextReader input, ref char[] buffer, int maxChars)
    {
        var length = 0;
        int read;
        while ((read = input.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                if (length >= maxChars)
                    break;
                Array.Resize(ref buffer, (int)Math.Min(length * 2L, maxChars));
            }
        }
        return length;
    }
}
