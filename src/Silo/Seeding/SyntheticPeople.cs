using System.Globalization;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Silo.Seeding;

/// <summary>
/// Deterministic fictitious people for the demo county and load tests: the n-th person always has the same id,
/// name, ID number and village, so seeding is repeatable and a second run changes nothing.
/// </summary>
/// <remarks>Names are combinations of common surnames and given names; ID numbers come from
/// <see cref="SyntheticIdNumbers"/>; phones use the 170 test range. No real person's data is involved.</remarks>
public static class SyntheticPeople
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";

    private static readonly string[] GivenNames =
    [
        "秀英", "桂英", "秀兰", "玉兰", "桂兰", "建国", "建华", "国强", "志强", "永强", "春梅", "海燕", "红梅", "小红", "明",
        "华", "军", "平", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "超", "霞", "刚",
    ];

    // Offset into the synthetic ID sequence, so synthetic people never collide with the numbers tests take from 0.
    private const int IdOffset = 1_000_000;

    /// <summary>The internal person id of the n-th synthetic person.</summary>
    public static string PersonId(int n) => "Pdemo" + n.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The registration command of the n-th synthetic person, placed in one of the given villages.</summary>
    public static RegisterPerson Registration(int n, IReadOnlyList<Jurisdiction> villages)
    {
        ArgumentNullException.ThrowIfNull(villages);
        var village = villages[n % villages.Count];
        var idNumber = SyntheticIdNumbers.Create(IdOffset + n);
        var name = string.Concat(Surnames[n % Surnames.Length].ToString(), GivenNames[n / Surnames.Length % GivenNames.Length]);
        var phone = n % 3 == 0 ? null : "170" + (n % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var birth = SyntheticIdNumbers.BirthDate(idNumber);
        var guardian = IsMinor(birth) ? new GuardianInput(Surnames[(n + 1) % Surnames.Length] + "监护", "父母", null) : null;
        return new RegisterPerson("seed", name, null, null, idNumber, village.ParentCode, village.Code, phone, guardian);
    }

    // Minors need a guardian; the synthetic birth dates reach into the 2000s.
    private static bool IsMinor(DateOnly birth) => birth > DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-18);
}
