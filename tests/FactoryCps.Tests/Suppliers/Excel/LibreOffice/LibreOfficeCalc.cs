using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactoryCps.Tests.Suppliers.Excel.LibreOffice;

/// <summary>
/// Debian's LibreOffice Calc, headless, started once per test class with a profile of its own (parallel test
/// classes and a user's own LibreOffice do not collide) and driven by <c>fill.py</c> over a UNO pipe. A missing
/// LibreOffice fails the tests with what to install: a round trip that quietly does not run proves nothing.
/// </summary>
public sealed class LibreOfficeCalc : IDisposable
{
    public const string SofficePath = "/usr/bin/soffice";
    public const string PythonPath = "/usr/bin/python3";

    /// <summary>One load, fill and save takes about a second; the first waits for soffice to start.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly string _home = Directory.CreateTempSubdirectory("fcps-calc-").FullName;
    private readonly string _pipe = "fcps-calc-" + Guid.NewGuid().ToString("N");
    private readonly Process _soffice;
    private int _files;

    public LibreOfficeCalc()
    {
        if (!File.Exists(SofficePath) || !File.Exists("/usr/lib/python3/dist-packages/uno.py"))
        {
            throw new InvalidOperationException(
                $"LibreOffice Calc or its Python bridge is missing ({SofficePath}, python3-uno): apt-get install -y --no-install-recommends libreoffice-calc python3-uno (.ci/run does this)");
        }

        var start = new ProcessStartInfo(SofficePath) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--headless", "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck",
            $"-env:UserInstallation={new Uri(Path.Combine(_home, "profile")).AbsoluteUri}",
            $"--accept=pipe,name={_pipe};urp;StarOffice.ComponentContext",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = _home;
        _soffice = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        _soffice.OutputDataReceived += (_, _) => { };
        _soffice.ErrorDataReceived += (_, _) => { };
        _soffice.BeginOutputReadLine();
        _soffice.BeginErrorReadLine();
    }

    /// <summary>Where fill.py lies in the repository (it is run from there, not copied to the output).</summary>
    public static string Script => Path.Combine(TestPaths.RepositoryRoot, "tests", "FactoryCps.Tests", "Suppliers", "Excel", "LibreOffice", "fill.py");

    /// <summary>Opens <paramref name="file"/> in Calc, makes the edits, saves as .xlsx and returns the saved bytes.</summary>
    public (byte[] Saved, CalcSaw Saw) Fill(byte[] file, params CalcEdit[] edits) =>
        Run(file, edits, toleratedExit: SegmentationFault) ?? Run(file, edits, toleratedExit: null)!.Value;

    /// <summary>
    /// The UNO bridge of Debian's python3-uno now and then dies of a segmentation fault (exit 139), on a quiet machine
    /// too and in work FactoryCPS takes no part in: one more try tells that crash from a real refusal.
    /// </summary>
    private const int SegmentationFault = 139;

    /// <summary>One run of fill.py; null when it ended with <paramref name="toleratedExit"/>.</summary>
    private (byte[] Saved, CalcSaw Saw)? Run(byte[] file, CalcEdit[] edits, int? toleratedExit)
    {
        var n = Interlocked.Increment(ref _files);
        var input = Path.Combine(_home, $"export-{n}.xlsx");
        var output = Path.Combine(_home, $"saved-{n}.xlsx");
        var job = Path.Combine(_home, $"job-{n}.json");
        File.WriteAllBytes(input, file);
        File.WriteAllText(job, JsonSerializer.Serialize(new { input, output, edits }, Json));

        var start = new ProcessStartInfo(PythonPath) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(_pipe);
        start.ArgumentList.Add(job);
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = python.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = python.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!python.WaitForExit(Patience))
        {
            python.Kill(entireProcessTree: true);
            Assert.Fail($"fill.py did not finish within {Patience.TotalSeconds} s");
        }

        if (python.ExitCode == toleratedExit)
        {
            return null;
        }

        Assert.True(python.ExitCode == 0, $"fill.py failed ({python.ExitCode}): {stderr.Result}");
        return (File.ReadAllBytes(output), JsonSerializer.Deserialize<CalcSaw>(stdout.Result, Json)!);
    }

    public void Dispose()
    {
        if (!_soffice.HasExited)
        {
            _soffice.Kill(entireProcessTree: true);
            _soffice.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _soffice.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>One thing a supplier does in Calc; see fill.py.</summary>
public sealed record CalcEdit(string Sheet, string? Cell = null, int? Pick = null, string? Type = null, string? Text = null, bool? Unprotect = null)
{
    /// <summary>Chooses the dropdown's entry at <paramref name="index"/> (0-based, in the order the list shows).</summary>
    public static CalcEdit Choose(string sheet, string cell, int index) => new(sheet, cell, Pick: index);

    /// <summary>Types into the cell: Calc parses the input, so "90" becomes a number.</summary>
    public static CalcEdit Typed(string sheet, string cell, string input) => new(sheet, cell, Type: input);

    /// <summary>Sets the cell's text as text (a paste), line breaks included.</summary>
    public static CalcEdit Pasted(string sheet, string cell, string text) => new(sheet, cell, Text: text);

    public static CalcEdit RemoveProtection(string sheet) => new(sheet, Unprotect: true);
}

/// <summary>
/// What Calc showed of the file it opened: the dropdown entries of each cell picked from, each sheet's
/// protection and visibility, and whether it took the workbook's structure as protected.
/// </summary>
public sealed record CalcSaw(Dictionary<string, List<string>> Dropdowns, Dictionary<string, bool> Protected, Dictionary<string, bool> Visible, bool StructureProtected);
