'use strict';
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
  if (!response.ok) { const error = new Error(data.error || response.status); error.status = response.status; throw error; }
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
  } catch (e) {
    // A token this session does not know (another session's, or one from before a restart): join again.
    if (e.status === 403) { token = ''; sessionStorage.removeItem('sapha-token'); show('join'); return; }
    say(w().offline);
  }
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
