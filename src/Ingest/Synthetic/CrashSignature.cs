using System.Collections.Frozen;
using System.Text;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// Signatures the way Socorro's processor builds them, simplified: walk the crashing stack from the top, skip
/// frames that say nothing about the bug (panic and abort machinery), keep "prefix" frames (allocators, memcpy,
/// unwrap) and stop after the first frame that is neither.
/// </summary>
internal static class CrashSignature
{
    const int MaxParts = 6;

    static readonly FrozenSet<string> Irrelevant = FrozenSet.Create(StringComparer.Ordinal,
        "RustMozCrash", "mozglue_static::panic_hook", "rust_begin_unwind", "abort", "raise", "__GI_raise", "__GI_abort",
        "__pthread_kill_implementation", "pthread_kill", "__pthread_kill", "KiUserExceptionDispatcher", "MOZ_Crash",
        "mozalloc_abort", "mozalloc_handle_oom", "NS_DebugBreak", "libc_message", "tgkill");

    static readonly string[] IrrelevantPrefixes = ["std::panicking::", "core::panicking::panic_fmt", "std::sys::backtrace::__rust_end_short_backtrace"];

    static readonly FrozenSet<string> Prefix = FrozenSet.Create(StringComparer.Ordinal,
        "moz_xmalloc", "moz_xrealloc", "malloc", "free", "realloc", "memcpy", "memmove", "memset", "arena_dalloc",
        "je_free", "RtlFreeHeap", "RtlpFreeHeapInternal", "RtlEnterCriticalSection", "objc_msgSend",
        "core::option::unwrap_failed", "core::option::expect_failed", "core::result::unwrap_failed",
        "core::panicking::panic_bounds_check", "core::cell::panic_already_borrowed", "core::cell::panic_already_mutably_borrowed",
        "alloc::alloc::handle_alloc_error", "mozilla::ipc::FatalError", "mozilla::ipc::IProtocol::HandleFatalError",
        "nsTArray_Impl<T>::ElementAt", "mozilla::detail::InvalidArrayIndex_CRASH", "RefPtr<T>::~RefPtr");

    /// <summary>A function name as signatures show it: parameters dropped, template arguments collapsed to &lt;T&gt;.</summary>
    public static string Normalize(string function)
    {
        var text = function.EndsWith(" const", StringComparison.Ordinal) ? function[..^6] : function;
        text = StripParameters(text);
        return CollapseTemplates(text);
    }

    /// <summary>The signature of a crashing stack; <paramref name="unsymbolised"/> names frames without a function.</summary>
    public static string Build(IReadOnlyList<StackSymbol> frames, Func<StackSymbol, string> unsymbolised)
    {
        var parts = new List<string>(MaxParts);
        foreach (var frame in frames)
        {
            var name = frame.SignatureName ?? unsymbolised(frame);
            if (IsIrrelevant(name))
                continue;
            parts.Add(name);
            var keepGoing = Prefix.Contains(name) || frame.SignatureName is null;
            if (!keepGoing || parts.Count == MaxParts)
                break;
        }
        return parts.Count == 0 ? "EMPTY: no frame data available" : string.Join(" | ", parts);
    }

    static bool IsIrrelevant(string name)
    {
        if (Irrelevant.Contains(name))
            return true;
        foreach (var prefix in IrrelevantPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    static string StripParameters(string text)
    {
        if (!text.EndsWith(')'))
            return text;
        var depth = 0;
        for (var i = text.Length - 1; i > 0; i--)
        {
            if (text[i] == ')')
                depth++;
            else if (text[i] == '(' && --depth == 0)
                return text[..i];
        }
        return text;
    }

    static string CollapseTemplates(string text)
    {
        var start = 0;
        if (text.StartsWith('<'))
        {
            // Rust's "<Type as Trait>::method": the leading qualifier says which impl, keep it whole.
            var close = ClosingBracket(text, 0);
            if (close < 0)
                return text;
            start = close + 1;
        }
        return text.IndexOf('<', start) < 0 ? text : Collapse(text, start);
    }

    static string Collapse(string text, int start)
    {
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, start);
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<')
            {
                if (depth++ == 0)
                    builder.Append("<T>");
            }
            else if (c == '>' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '<')
                depth++;
            else if (text[i] == '>' && --depth == 0)
                return i;
        }
        return -1;
    }
}
