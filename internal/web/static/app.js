// icestat progressive enhancement: everything works without this file.
// It adds a copy button beside the command line of an answer and beside
// each shortened SHA-256, and SVG and PNG download buttons under every
// chart. The PNG is made here, in the browser: the chart's SVG (which
// carries its own colours and fonts) is drawn on a canvas at twice its
// size and saved (window.icestatChartPNG returns it as a data: URL).
(function () {
  "use strict";
  function copyButton(label, text, after) {
    if (!navigator.clipboard) return;
    var b = document.createElement("button");
    b.type = "button";
    b.className = "secondary copy";
    b.textContent = label;
    b.addEventListener("click", function () {
      navigator.clipboard.writeText(text).then(function () { b.textContent = "Copied"; });
    });
    after.parentNode.insertBefore(b, after.nextSibling);
  }
  function svgText(svg) {
    var s = new XMLSerializer().serializeToString(svg);
    if (s.indexOf("xmlns=") < 0) s = s.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + s;
  }
  function svgURL(svg) {
    return "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgText(svg));
  }
  window.icestatChartPNG = function (svg) {
    return new Promise(function (resolve, reject) {
      var vb = svg.viewBox.baseVal, scale = 2;
      var img = new Image();
      img.onload = function () {
        var c = document.createElement("canvas");
        c.width = vb.width * scale;
        c.height = vb.height * scale;
        var g = c.getContext("2d");
        g.fillStyle = "#fff";
        g.fillRect(0, 0, c.width, c.height);
        g.drawImage(img, 0, 0, c.width, c.height);
        resolve(c.toDataURL("image/png"));
      };
      img.onerror = function () { reject(new Error("the chart could not be drawn")); };
      img.src = svgURL(svg);
    });
  };
  function download(href, name) {
    var a = document.createElement("a");
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  document.addEventListener("DOMContentLoaded", function () {
    var code = document.getElementById("cmd");
    if (code) copyButton("Copy command", code.textContent, code.parentNode);
    document.querySelectorAll("code.sha").forEach(function (c) {
      copyButton("Copy", c.getAttribute("title") || c.textContent, c);
    });
    document.querySelectorAll("svg.chart").forEach(function (svg) {
      var fig = svg.closest("figure");
      if (!fig || fig.classList.contains("embed")) return;
      var name = (svg.id || "chart").replace(/[^A-Za-z0-9_-]/g, "-");
      var p = fig.querySelector(".chart-links");
      if (!p) {
        p = document.createElement("p");
        p.className = "chart-links";
        p.textContent = "Chart:";
        fig.appendChild(p);
      }
      if (!p.querySelector("#dl-svg, a.dl-svg")) {
        var bs = document.createElement("button");
        bs.type = "button";
        bs.className = "secondary dl-svg";
        bs.textContent = "SVG";
        bs.addEventListener("click", function () { download(svgURL(svg), "icestat-" + name + ".svg"); });
        p.appendChild(document.createTextNode(" "));
        p.appendChild(bs);
      }
      var bp = document.createElement("button");
      bp.type = "button";
      bp.className = "secondary dl-png";
      bp.textContent = "PNG";
      bp.addEventListener("click", function () {
        window.icestatChartPNG(svg).then(function (u) { download(u, "icestat-" + name + ".png"); });
      });
      p.appendChild(document.createTextNode(" "));
      p.appendChild(bp);
    });
    // On a narrow screen a chart scrolls in its own box: bring the
    // reported period into view.
    document.querySelectorAll(".chart-scroll").forEach(function (box) {
      var hl = box.querySelector(".highlight");
      if (!hl || box.scrollWidth <= box.clientWidth) return;
      var b = hl.getBoundingClientRect(), o = box.getBoundingClientRect();
      box.scrollLeft += b.left + b.width / 2 - (o.left + o.width / 2);
    });
    // The group-by menus list only the columns the chosen dataset has.
    var ds = document.getElementById("dataset");
    function filterDims() {
      document.querySelectorAll("#by1 option[data-datasets], #by2 option[data-datasets]").forEach(function (o) {
        var ok = (" " + o.getAttribute("data-datasets") + " ").indexOf(" " + ds.value + " ") >= 0;
        o.hidden = !ok;
        o.disabled = !ok && !o.selected;
      });
    }
    if (ds) {
      ds.addEventListener("change", filterDims);
      filterDims();
    }
    var share = document.getElementById("share-url");
    if (share) {
      // The page holds the address from its path on; the copy is whole.
      if (share.value.charAt(0) === "/") share.value = location.origin + share.value;
      copyButton("Copy link", share.value, share);
    }
  });
})();
