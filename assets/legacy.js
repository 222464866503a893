// Runs in every webview, before the app, as plain ES5. In the webviews the app cannot run in —
// Internet Explorer 11 (no ES modules, so the bundle is skipped) and Edge Legacy (EdgeHTML: modules,
// but not the ES2020 syntax of the bundle, so it fails to parse) — it writes a clear message into the
// pane instead of leaving it blank. Office 2019 volume-licensed and older builds use these webviews.
(function () {
  var ua = navigator.userAgent || '';
  var noModules = !('noModule' in document.createElement('script'));
  var edgeHtml = /\bEdge\/\d+/.test(ua);
  if (!noModules && !edgeHtml) return;

  var lines = [
    ['zh-CN', '此加载项需要较新版本的 Office（Microsoft 365 或 Office 2019 及以上）。', true],
    ['zh-CN', '当前 Office 使用旧版浏览器组件（Internet Explorer 11 或旧版 Edge）显示加载项，Office 2019 批量许可版也属此情况。请升级到 Microsoft 365 或 Office 2021 及以上；Office 2016/2019 零售版安装 Microsoft Edge WebView2 运行时后即可使用。', false],
    ['en', 'This add-in needs a newer version of Office (Microsoft 365 or Office 2019 and later).', true],
    ['en', 'This Office shows add-ins with an old browser engine (Internet Explorer 11 or Edge Legacy), as volume-licensed Office 2019 does. Upgrade to Microsoft 365 or Office 2021 or later; retail Office 2016/2019 works once the Microsoft Edge WebView2 Runtime is installed.', false]
  ];

  function show() {
    var root = document.getElementById('root');
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement('div');
    box.className = 'legacy-message';
    box.setAttribute('role', 'alert');
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement('p');
      p.setAttribute('lang', lines[i][0]);
      if (lines[i][2]) p.style.fontWeight = 'bold';
      p.appendChild(document.createTextNode(lines[i][1]));
      box.appendChild(p);
    }
    root.appendChild(box);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
