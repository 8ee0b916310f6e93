using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>Frame</c> type: one frame of the crashing thread.</summary>
internal sealed class FrameType : ObjectGraphType<HitFrame>
{
    public FrameType()
    {
        Name = "Frame";
        Description = "A frame of the crashing thread, top of the stack first.";
        Field<NonNullGraphType<IntGraphType>>("index").Description("Position in the stack, 0 for the top frame.").Resolve(context => context.Source.Frame.Index);
        Field<StringGraphType>("function").Description("Symbolised function name, when symbols were found.").Resolve(context => context.Source.Frame.Function);
        Field<StringGraphType>("module").Description("Module (file name) of the frame's instruction.").Resolve(context => context.Source.Frame.Module);
        Field<StringGraphType>("sourceFile").Description("Source file of the function, when known.").Resolve(context => context.Source.Frame.SourceFile);
        Field<IntGraphType>("line").Description("Source line, when known.").Resolve(context => context.Source.Frame.Line);
        Field<NonNullGraphType<BooleanGraphType>>("matched")
            .Description("Whether this frame satisfies a stack-frame filter of the search (function, module, source_file, "
                + "withinTopFrames included); false when the search has none.")
            .Resolve(context => context.Source.Matched);
    }
}
