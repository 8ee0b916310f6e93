using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Behaviours;

namespace CrashSearch.Conformance.Tests.Elasticsearch;

public sealed class ElasticsearchExistence() : ExistenceBehaviours(new ElasticsearchBackend());
