using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.Petitions.Process;

/// <summary>The BPMN error codes petition service tasks throw besides the grain's own codes.</summary>
public static class PetitionProcessErrors
{
    /// <summary>The instance was started without a petition.</summary>
    public const string PetitionRequired = "PETITION_REQUIRED";

    /// <summary>The visible variables do not form the command (a wrong type or an unknown enum value).</summary>
    public const string VariablesInvalid = "VARIABLES_INVALID";

    /// <summary>A refused command as a BPMN error: the grain's code, and its message naming fields but no values.</summary>
    public static ServiceTaskOutcome From(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var fields = error.Errors.IsDefaultOrEmpty ? string.Empty : " (" + string.Join(", ", error.Errors.Select(e => e.Field + ": " + e.Code)) + ")";
        return ServiceTaskOutcome.BpmnError(error.Code, error.Message + fields);
    }
}
