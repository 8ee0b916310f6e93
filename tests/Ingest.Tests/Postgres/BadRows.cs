using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.Postgres;

/// <summary>Rows a json column accepts but the ingest worker must quarantine, each with a word of its expected reason.</summary>
static class BadRows
{
    public static List<(CrashRow Row, string Reason)> Json(DateTimeOffset date, string tag = "bad")
    {
        var noUuid = TestCrashes.Minimal($"{tag}-no-uuid");
        noUuid.Remove("uuid");
        noUuid["note"] = tag + "-no-uuid";
        var wrongType = TestCrashes.Minimal($"{tag}-wrong-type");
        wrongType["json_dump"]!["system_info"]!["cpu_count"] = "eight";
        var huge = TestCrashes.Minimal($"{tag}-huge");
        huge["app_notes"] = new string('x', 10 * 1024 * 1024);
        return
        [
            (Row(noUuid.ToJsonString(), date), "required field 'uuid' (uuid) is missing"),
            (Row(wrongType.ToJsonString(), date.AddMilliseconds(1)), "expected an integer"),
            (Row(Signature($"{tag}-nul", "\\u0000oops"), date.AddMilliseconds(2)), "holds a NUL character"),
            (Row(Signature($"{tag}-surrogate", "\\ud800oops"), date.AddMilliseconds(3)), "lone UTF-16 surrogate"),
            (Row(huge.ToJsonString(), date.AddMilliseconds(4)), "over the limit of"),
        ];
    }

    /// <summary>A crash whose signature is written with a raw JSON escape (JsonNode would refuse or re-encode it).</summary>
    static string Signature(string uuid, string rawEscapedText)
    {
        var json = TestCrashes.Minimal(uuid, signature: "SIGNATURE").ToJsonString();
        return json.Replace("\"SIGNATURE\"", "\"" + rawEscapedText + "\"", StringComparison.Ordinal);
    }

    static CrashRow Row(string json, DateTimeOffset date) => new(Guid.NewGuid(), date, json);
}
