namespace FactoryCps.Workbooks;

/// <summary>
/// What an uploaded workbook may weigh. A filled 500-item questionnaire with 300-character comments is about
/// 190 KB zipped and 0.7 MB unpacked, so the defaults leave room for long comments and still stop a ZIP bomb
/// before any XML is parsed.
/// </summary>
/// <param name="MaxUploadBytes">The file as uploaded.</param>
/// <param name="MaxUnpackedBytes">All parts together, unpacked.</param>
/// <param name="MaxParts">ZIP entries; a workbook saved by a spreadsheet program has 10 to 20.</param>
/// <param name="MaxRatio">
/// Unpacked to packed size of one part, checked for parts above <paramref name="RatioFloorBytes"/>. Deflate
/// tops out near 1030:1 (runs of one byte, what bombs are made of); 500 identical 1,500-character comments
/// reach 190:1, so real answers stay far below the limit.
/// </param>
/// <param name="RatioFloorBytes">Small parts compress far better than their size matters (an empty sheet is 50:1).</param>
internal sealed record XlsxLimits(long MaxUploadBytes, long MaxUnpackedBytes, int MaxParts, int MaxRatio, long RatioFloorBytes)
{
    public static XlsxLimits Default { get; } = new(
        MaxUploadBytes: 5L * 1024 * 1024,
        MaxUnpackedBytes: 50L * 1024 * 1024,
        MaxParts: 100,
        MaxRatio: 500,
        RatioFloorBytes: 1024 * 1024);
}
