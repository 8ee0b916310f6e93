using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Behaviours;

namespace CrashSearch.Conformance.Tests.Lucene;

public sealed class LuceneExistence() : ExistenceBehaviours(new LuceneBackend());
