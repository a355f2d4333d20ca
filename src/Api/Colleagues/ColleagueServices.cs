using CaseFlow.Api.Auth;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Api.Colleagues;

/// <summary>What the colleague handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed class ColleagueServices(SqlColleagueQueries queries, IJurisdictionDirectory directory, AuthOptions auth)
{
    public SqlColleagueQueries Queries { get; } = queries;

    public IJurisdictionDirectory Directory { get; } = directory;

    public AuthOptions Auth { get; } = auth;
}
