using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FactoryCps.Tests.Web;

/// <summary>A page's form as a browser would submit it: its fields, including the anti-forgery token.</summary>
internal sealed class Forms
{
    private Forms(IHtmlDocument document, IHtmlFormElement form, string pageUrl)
    {
        Document = document;
        Form = form;
        PageUrl = pageUrl;
    }

    public IHtmlDocument Document { get; }

    public IHtmlFormElement Form { get; }

    public string PageUrl { get; }

    public static async Task<IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The form on a page chosen by a CSS selector (the first form with a submit button by default).</summary>
    public static async Task<Forms> GetAsync(HttpClient client, string url, string selector = "main form")
    {
        var document = await PageAsync(client, url);
        var form = document.QuerySelector(selector) as IHtmlFormElement
            ?? throw new Xunit.Sdk.XunitException($"No form '{selector}' on {url}");
        return new Forms(document, form, url);
    }

    /// <summary>The form of a page already read (a page answered to a post, say) chosen by a CSS selector.</summary>
    public static Forms Of(IHtmlDocument document, string url, string selector) =>
        new(document, document.QuerySelector(selector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No form '{selector}' on {url}"), url);

    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Dictionary<string, string> values, string? submitName = null, string? submitValue = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in Form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked && !values.ContainsKey(input.Name ?? ""))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (!values.ContainsKey(input.Name))
                    {
                        fields.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !values.ContainsKey(select.Name):
                    fields.AddRange(select.SelectedOptions.Select(o => new KeyValuePair<string, string>(select.Name, o.Value)));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !values.ContainsKey(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }

        fields.AddRange(values);
        if (submitName is not null)
        {
            fields.Add(new(submitName, submitValue ?? ""));
        }

        var action = Form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : PageUrl;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }
}
