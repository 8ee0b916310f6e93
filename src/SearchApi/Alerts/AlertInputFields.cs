using GraphQL.Types;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The input fields both alert inputs share, and how they become an <see cref="AlertRule"/>.</summary>
internal static class AlertInputFields
{
    public static void AddSettings(InputObjectGraphType input)
    {
        input.Field<IntGraphType>("threshold").Description("THRESHOLD: fires when more than this many match.");
        input.Field<StringGraphType>("window")
            .Description("THRESHOLD: the counting window; SPIKE: the window judged. 30m, 1h, 1d (at most 7d); "
                + "default 1h. NEW_MATCH takes none.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("recipients").Description("Email addresses.");
        input.Field<StringGraphType>("webhookUrl")
            .Description("An http(s) URL that receives a signed JSON POST; its secret is shown once, in the answer.");
        input.Field<StringGraphType>("minInterval")
            .Description("At most one message per this long (e.g. 1h); what fires meanwhile is sent as one digest.");
    }

    /// <summary>The rule the input describes, over <paramref name="current"/> (null: a new alert).</summary>
    public static AlertRule Apply(AlertRule? current, Dictionary<string, object?> input)
    {
        T Pick<T>(string name, T kept) => input.TryGetValue(name, out var value) ? (T)value! : kept;
        var rule = current ?? new AlertRule("", AlertCondition.NewMatch);
        return rule with
        {
            SavedSearchId = Pick("savedSearchId", (string?)rule.SavedSearchId) ?? rule.SavedSearchId,
            Condition = input.TryGetValue("condition", out var given) && given is AlertCondition condition
                ? condition
                : rule.Condition,
            Threshold = Pick("threshold", rule.Threshold),
            Window = Pick("window", rule.Window),
            Recipients = input.TryGetValue("recipients", out var recipients)
                ? ((IEnumerable<object?>?)recipients ?? []).Select(r => (string)r!).ToList()
                : rule.Recipients,
            WebhookUrl = Pick("webhookUrl", rule.WebhookUrl),
            MinInterval = Pick("minInterval", rule.MinInterval),
        };
    }
}
