using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace CaseFlow.Silo.Logging;

/// <summary>
/// Masks the value of an <c>access_token</c> query parameter in every string property of every log event.
/// </summary>
/// <remarks>
/// The notification stream accepts its token in the query string, because a browser EventSource cannot send headers.
/// The authentication step removes it from the request, but ASP.NET Core's own "request starting" line is written
/// before that, with the full query, whenever an operator turns Microsoft.AspNetCore logging up to Information.
/// </remarks>
public sealed partial class QueryTokenMaskingEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && text.Contains("access_token=", StringComparison.OrdinalIgnoreCase))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Mask(text))));
            }
        }
    }

    /// <summary>Replaces the value of every <c>access_token=</c> in a text with <c>***</c>.</summary>
    public static string Mask(string text) => TokenParameter().Replace(text, "$1***");

    [GeneratedRegex("(access_token=)[^&\\s\"']+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TokenParameter();
}
