using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/assistance</c>: 定人 (responsible member, accountable caseworker), 定事 and 定要求 (matters).</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record OpenAssistanceRequest(
    string? Trigger,
    string? ResponsibleMember,
    string? AccountableCaseworker,
    ImmutableArray<MatterInput>? Matters,
    string? ProcessInstanceId)
{
    public OpenAssistance ToCommand(string actor, int expected) => new(actor, expected, Trigger, ResponsibleMember, AccountableCaseworker, Matters ?? [], ProcessInstanceId);
}
