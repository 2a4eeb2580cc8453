// Sapha brainstorm — the participants' page.
// SPDX-License-Identifier: MIT
#include "core/live/join_page.hpp"

namespace sapha::brainstorm {

const std::string& joinPageHtml()
{
    static const std::string html = R"(<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sapha</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<main>
<h1 id="topic">Sapha</h1>
<p id="status" role="status"></p>
<section id="join" hidden>
  <label id="codeLabel" for="code">รหัสการประชุม / Session code</label>
  <input id="code" inputmode="numeric" autocomplete="off">
  <label id="groupLabel" for="group">กลุ่ม / Group</label>
  <select id="group"></select>
  <label id="nameLabel" for="name">ชื่อ (ไม่บังคับ) / Name (optional)</label>
  <input id="name" autocomplete="name">
  <button id="joinButton" type="button">เข้าร่วม / Join</button>
</section>
<section id="ideate" hidden>
  <p id="prompt"></p>
  <label id="ideaLabel" for="idea">ความคิดของคุณ / Your idea</label>
  <textarea id="idea" rows="3" maxlength="1000"></textarea>
  <button id="sendButton" type="button">ส่ง / Send</button>
  <ul id="ideas"></ul>
</section>
<section id="vote" hidden>
  <p id="votesLeft"></p>
  <ul id="choices"></ul>
</section>
<section id="cluster" hidden><p id="sorting"></p><ul id="own"></ul></section>
<section id="closed" hidden><p id="thanks"></p></section>
</main>
</body>
</html>
)";
    return html;
}

const std::string& joinPageStyle()
{
    static const std::string css = R"(
body { font-family: "Sarabun", "TH Sarabun New", "Loma", "Noto Sans Thai", sans-serif; margin: 0; background: #f4f6f8; color: #1b1f24; }
main { max-width: 32rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; margin: 0.5rem 0 1rem; }
label { display: block; margin: 0.8rem 0 0.3rem; font-weight: 600; }
input, select, textarea { width: 100%; box-sizing: border-box; font: inherit; font-size: 1.1rem; padding: 0.6rem; border: 1px solid #9aa5b1; border-radius: 0.4rem; background: #fff; }
button { margin-top: 0.8rem; width: 100%; font: inherit; font-size: 1.15rem; padding: 0.7rem; border: 0; border-radius: 0.4rem; background: #1f5fa8; color: #fff; }
button:disabled { background: #9aa5b1; }
ul { list-style: none; padding: 0; }
li { background: #fff; border-radius: 0.4rem; padding: 0.6rem; margin: 0.4rem 0; word-wrap: break-word; }
li button { width: auto; margin: 0.4rem 0 0; padding: 0.3rem 0.9rem; }
li small { display: block; color: #52606d; margin-top: 0.2rem; }
#status { min-height: 1.3rem; color: #8a1c1c; }
#status.ok { color: #1d6b33; }
)";
    return css;
}

const std::string& joinPageScript()
{
    static const std::string script = R"JS('use strict';
const $ = (id) => document.getElementById(id);
const words = {
  th: { join: 'เข้าร่วม', send: 'ส่ง', sent: 'ส่งแล้ว', voted: 'ลงคะแนนแล้ว', vote: 'ลงคะแนน', left: 'เหลือคะแนนโหวต ', thanks: 'ปิดการระดมความคิดแล้ว ขอบคุณที่ร่วมแสดงความคิดเห็น', sorting: 'ผู้ดำเนินการกำลังจัดกลุ่มความคิด อีกสักครู่จะเปิดให้ลงคะแนน', wrong: 'รหัสไม่ถูกต้อง', offline: 'ติดต่อเครื่องผู้ดำเนินการไม่ได้ กำลังลองใหม่…' },
  en: { join: 'Join', send: 'Send', sent: 'Sent', voted: 'Vote counted', vote: 'Vote', left: 'Votes left: ', thanks: 'The session is closed. Thank you for your ideas.', sorting: 'The facilitator is sorting the ideas; voting opens next.', wrong: 'Wrong code', offline: 'Cannot reach the facilitator; trying again…' }
};
let lang = 'th';
let token = sessionStorage.getItem('sapha-token') || '';
const w = () => words[lang];
const show = (id) => { for (const s of ['join', 'ideate', 'cluster', 'vote', 'closed']) $(s).hidden = s !== id; };
const say = (text, ok) => { $('status').textContent = text || ''; $('status').className = ok ? 'ok' : ''; };

async function call(method, path, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers['X-Sapha-Token'] = token;
  const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || response.status);
  return data;
}

function list(element, ideas, withVote) {
  element.replaceChildren();
  for (const idea of ideas) {
    const item = document.createElement('li');
    item.textContent = idea.text; // text, never markup
    if (idea.detail) { const detail = document.createElement('small'); detail.textContent = idea.detail; item.append(detail); }
    if (withVote) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = w().vote;
      button.addEventListener('click', () => call('POST', '/api/votes', { target: idea.id }).then(() => { say(w().voted, true); refresh(); }).catch((e) => say(e.message)));
      item.append(document.createElement('br'), button);
    }
    element.append(item);
  }
}

async function refresh() {
  try {
    const state = await call('GET', '/api/state');
    lang = state.language === 'en' ? 'en' : 'th';
    document.documentElement.lang = lang;
    $('topic').textContent = state.topic;
    if ($('status').textContent === w().offline) say(''); // back in touch; other messages stay
    if (!state.group) { token = ''; sessionStorage.removeItem('sapha-token'); show('join'); return; }
    const group = state.groups.find((g) => g.id === state.group);
    $('prompt').textContent = group ? group.name + (group.prompt ? ' — ' + group.prompt : '') : '';
    if (state.round === 'ideate') { show('ideate'); list($('ideas'), state.ideas, false); }
    else if (state.round === 'cluster') { show('cluster'); $('sorting').textContent = w().sorting; list($('own'), state.ideas, false); }
    else if (state.round === 'vote') { show('vote'); $('votesLeft').textContent = w().left + state.votesLeft; list($('choices'), state.choices || [], state.votesLeft > 0); }
    else { show('closed'); $('thanks').textContent = w().thanks; }
  } catch (e) { say(w().offline); }
}

async function loadGroups() {
  const code = $('code').value.trim();
  if (!code) return;
  try {
    const state = await call('GET', '/api/session?code=' + encodeURIComponent(code));
    lang = state.language === 'en' ? 'en' : 'th';
    $('topic').textContent = state.topic;
    $('group').replaceChildren(...state.groups.map((g) => { const o = document.createElement('option'); o.value = g.id; o.textContent = g.name; return o; }));
    say('');
  } catch (e) { say(w().wrong); }
}

$('code').value = new URLSearchParams(location.search).get('code') || '';
$('code').addEventListener('change', loadGroups);
$('joinButton').addEventListener('click', async () => {
  try {
    const joined = await call('POST', '/api/join', { code: $('code').value.trim(), group: $('group').value, name: $('name').value });
    token = joined.token;
    sessionStorage.setItem('sapha-token', token);
    refresh();
  } catch (e) { say(e.message); }
});
$('sendButton').addEventListener('click', async () => {
  const text = $('idea').value.trim();
  if (!text) return;
  $('sendButton').disabled = true;
  try { await call('POST', '/api/ideas', { text }); $('idea').value = ''; say(w().sent, true); refresh(); }
  catch (e) { say(e.message); }
  finally { $('sendButton').disabled = false; }
});
if (token) refresh(); else { show('join'); loadGroups(); }
setInterval(() => { if (token) refresh(); }, 3000);
)JS";
    return script;
}

} // namespace sapha::brainstorm
