using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Forms;

/// <summary>Form endpoint log events (ids 5250–5299). Keys, versions and actors only; never schemas or values.</summary>
internal static partial class FormsLog
{
    [LoggerMessage(EventId = 5250, EventName = "FormDeployed", Level = LogLevel.Information,
        Message = "Form {FormKey} version {Version} deployed by {Actor} (new version: {Created})")]
    public static partial void Deployed(ILogger logger, string formKey, int version, bool created, string actor);
}
