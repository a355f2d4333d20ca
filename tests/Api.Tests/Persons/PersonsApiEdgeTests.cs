using CaseFlow.Api.Common;
using CaseFlow.Api.Persons;
using CaseFlow.Grains.Contracts;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Api.Tests.Persons;

/// <summary>Decisions the persons API makes before any grain is called: ETags, ID-shaped queries, paging, error mapping.</summary>
public sealed class PersonsApiEdgeTests
{
    [Theory]
    [InlineData("\"3\"", 3)]
    [InlineData(" \"12\" ", 12)]
    [InlineData("W/\"3\"", null)]
    [InlineData("*", null)]
    [InlineData("\"1\", \"2\"", null)]
    [InlineData("3", null)]
    [InlineData("\"abc\"", null)]
    public void If_match_accepts_one_strong_version_tag(string header, int? expected)
    {
        Assert.Equal(expected, EntityTags.ParseIfMatch(header));
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("130503670401001", true)]
    [InlineData("002X", false)]
    [InlineData("张三", false)]
    [InlineData("1101051949", false)]
    [InlineData(" 11010519491231002X ", true)]
    [InlineData("张三11010519491231002X", true)]
    [InlineData("a,130503670401001", true)]
    [InlineData("P01a22532788876658382272d9a2fcb50", false)]
    [InlineData("Q1a110105194912310021b", false)]
    [InlineData("1101051949123100211", false)]
    public void Id_shaped_queries_are_recognised(string q, bool expected)
    {
        Assert.Equal(expected, IdNumberShape.IsIn(q));
    }

    [Fact]
    public void Page_size_over_100_is_a_field_error()
    {
        var error = new PersonListParameters { PageSize = 101 }.Validate();

        Assert.Equal("pageSize", error?.Field);
        Assert.Null(new PersonListParameters { Page = 2, PageSize = 100 }.Validate());
    }

    [Theory]
    [InlineData(DomainErrorCodes.PersonNotFound, StatusCodes.Status404NotFound)]
    [InlineData(DomainErrorCodes.IdDuplicate, StatusCodes.Status409Conflict)]
    [InlineData(DomainErrorCodes.VersionMismatch, StatusCodes.Status412PreconditionFailed)]
    [InlineData(ApiErrorCodes.PreconditionRequired, StatusCodes.Status428PreconditionRequired)]
    [InlineData(DomainErrorCodes.IdChecksum, StatusCodes.Status422UnprocessableEntity)]
    [InlineData(DomainErrorCodes.ValidationFailed, StatusCodes.Status422UnprocessableEntity)]
    public void Domain_codes_map_to_statuses(string code, int status)
    {
        Assert.Equal(status, ApiProblems.StatusFor(code));
    }

    [Fact]
    public void Duplicate_problem_names_the_existing_person_and_field()
    {
        var error = new DomainError(DomainErrorCodes.IdDuplicate, "taken", "idNumber", "P1", [new FieldError("idNumber", DomainErrorCodes.IdDuplicate, "taken")]);

        var problem = ApiProblems.From(error).ProblemDetails;

        Assert.Equal(409, problem.Status);
        Assert.Equal(DomainErrorCodes.IdDuplicate, problem.Extensions["code"]);
        Assert.Equal("P1", problem.Extensions["existingPersonId"]);
        var errors = Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["errors"]);
        Assert.Equal(["taken"], errors["idNumber"]);
    }
}
