using System.Security.Cryptography;
using System.Text;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>
/// The page's only script: the filter over the evidence (rule, control, severity, source, result, free text). It
/// reads the page and hides parts of it; it fetches nothing and writes no markup, so tenant text never becomes code.
/// The Content-Security-Policy allows exactly this text by its SHA-256, nothing else.
/// </summary>
internal static class HtmlScript
{
    public const string Filter = """
        (function () {
          var form = document.getElementById('filter');
          if (!form) return;
          form.hidden = false;
          form.addEventListener('submit', function (e) { e.preventDefault(); });
          var rules = Array.prototype.slice.call(document.querySelectorAll('div.rule'));
          var sections = Array.prototype.slice.call(document.querySelectorAll('section.control, section.outside'));
          var count = document.getElementById('filter-count');
          function value(name) { return form.elements[name].value; }
          function has(list, item) { return (' ' + (list || '') + ' ').indexOf(' ' + item + ' ') >= 0; }
          function apply() {
            var q = value('q').trim().toLowerCase(), rule = value('rule'), control = value('control'), sev = value('sev'),
                source = value('source'), state = value('state'), active = !!(q || rule || control || sev || source || state), shown = 0, total = 0;
            rules.forEach(function (div) {
              var d = div.dataset;
              if (!d.rule) { div.hidden = active; return; }
              total++;
              var ok = (!rule || d.rule === rule) && (!control || has(d.controls, control)) && (!sev || d.sev === sev) &&
                       (!source || has(d.sources, source)) && (!state || d.state === state);
              var title = !q || div.querySelector('h4').textContent.toLowerCase().indexOf(q) >= 0, hits = 0;
              div.querySelectorAll('tbody tr, ul.passes li').forEach(function (row) {
                var match = !q || title || row.textContent.toLowerCase().indexOf(q) >= 0;
                row.hidden = !match;
                if (match && q) { hits++; var details = row.closest('details'); if (details) details.open = true; }
              });
              div.hidden = !(ok && (title || hits > 0));
              if (!div.hidden) shown++;
            });
            sections.forEach(function (section) { section.hidden = active && !section.querySelector('div.rule[data-rule]:not([hidden])'); });
            count.textContent = count.dataset.template.replace('{0}', shown).replace('{1}', total);
          }
          form.addEventListener('input', apply);
          form.addEventListener('change', apply);
          apply();
        })();
        """;

    public static string Sha256 { get; } = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Filter)));
}
