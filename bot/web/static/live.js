// Backstage live page: times in the reader's own timezone, and updates without a reload (server-sent events).
// Every post's HTML comes from the server, rendered by the same escaped template as the page itself.
(function () {
  "use strict";

  var timeFormat = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });
  var fullFormat = new Intl.DateTimeFormat(undefined, {
    weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit", timeZoneName: "short"
  });

  function localize(root) {
    var times = root.querySelectorAll("time[datetime]");
    for (var i = 0; i < times.length; i++) {
      var when = new Date(times[i].getAttribute("datetime"));
      if (!isNaN(when.getTime())) {
        times[i].textContent = timeFormat.format(when);
        times[i].title = fullFormat.format(when);
      }
    }
  }

  var timeline = document.getElementById("timeline");
  var keyList = document.getElementById("key-list");
  var keySection = document.getElementById("key-moments");
  var status = document.getElementById("status");
  var ended = status && status.classList.contains("ended");

  function newer(a, b) {
    // true when post a (sort time, id) comes before post b: newest first
    var sa = a.getAttribute("data-sort"), sb = b.getAttribute("data-sort");
    var ta = Date.parse(sa), tb = Date.parse(sb);
    if (ta !== tb) { return ta > tb; }
    return Number(a.getAttribute("data-id")) > Number(b.getAttribute("data-id"));
  }

  function count(change) {
    // the page holds the newest posts only; the server told the total, which changes as posts come and go
    var counter = document.getElementById("count");
    var n = Math.max(0, Number(counter.textContent) + change);
    counter.textContent = String(n);
    document.getElementById("count-label").textContent = n === 1 ? "update" : "updates";
    document.getElementById("empty").hidden = n > 0;
  }

  function setKey(data) {
    var old = keyList.querySelector('li[data-id="' + data.id + '"]');
    if (old) { old.remove(); }
    if (data.key && data.html) {
      var item = document.createElement("li");
      item.setAttribute("data-id", String(data.id));
      var link = document.createElement("a");
      link.href = "#s-" + data.id;
      link.textContent = data.title;
      item.appendChild(link);
      keyList.insertBefore(item, keyList.firstChild);
    }
    keySection.hidden = keyList.children.length === 0;
  }

  function place(data) {
    var old = document.getElementById("s-" + data.id);
    var change = 0;
    if (!data.html) {
      if (old) { old.remove(); change = -1; }
    } else {
      var template = document.createElement("template");
      template.innerHTML = data.html;
      var post = template.content.firstElementChild;
      localize(post);
      if (old) {
        old.replaceWith(post);
        if (!post.classList.contains("retracted")) { post.classList.add("fresh"); }
      } else {
        var next = null;
        for (var child = timeline.firstElementChild; child; child = child.nextElementSibling) {
          if (newer(post, child)) { next = child; break; }
        }
        timeline.insertBefore(post, next);
        post.classList.add("fresh");
        change = 1;
      }
    }
    setKey(data);
    count(change);
  }

  function showState(data) {
    ended = Boolean(data.ended);
    status.textContent = ended ? "Ended" : "Live";
    status.className = "status " + (ended ? "ended" : "live");
    var link = document.getElementById("article-link");
    if (data.article && !link) {
      var summary = document.querySelector(".summary");
      link = document.createElement("a");
      link.id = "article-link";
      link.href = document.querySelector('link[rel="canonical"]').href + "/digest";
      link.textContent = "Read the digest";
      if (document.body.classList.contains("embedded")) { link.target = "_blank"; link.rel = "noopener"; }
      summary.appendChild(document.createTextNode(" · "));
      summary.appendChild(link);
    }
  }

  localize(document);
  if (!window.EventSource || !timeline) { return; }
  var source = new EventSource(document.body.getAttribute("data-events"));
  source.addEventListener("post", function (event) { place(JSON.parse(event.data)); });
  source.addEventListener("show", function (event) { showState(JSON.parse(event.data)); });
  source.addEventListener("open", function () {
    document.body.setAttribute("data-connection", "open");
    status.textContent = ended ? "Ended" : "Live";
    status.classList.remove("offline");
  });
  source.addEventListener("error", function () {
    document.body.setAttribute("data-connection", source.readyState === EventSource.CLOSED ? "closed" : "retrying");
    if (source.readyState !== EventSource.CLOSED) {
      status.textContent = "Reconnecting…";
      status.classList.add("offline");
    }
  });
})();
