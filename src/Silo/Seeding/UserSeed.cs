namespace CaseFlow.Silo.Seeding;

/// <summary>The shape of <c>seeds/org/users.json</c>: demo users sharing one documented password.</summary>
internal sealed record UserSeed(string Source, string DemoPassword, IReadOnlyList<UserSeed.User> Users)
{
    public sealed record User(string Id, string Login, string DisplayName, IReadOnlyList<Assignment> Roles);

    public sealed record Assignment(string Role, string Jurisdiction);
}
