namespace CaseFlow.Api.Persons;

/// <summary>Why the caller needs the full ID number; recorded in the audit log with the reveal.</summary>
/// <param name="Reason">4 to 500 characters, such as "核对残疾人证申请材料".</param>
public sealed record RevealRequest(string? Reason);
