// Sapha tests — a participant's phone for the facilitator's journey: Debian's Chromium, headless and
// phone-sized, opens the join address the board shows, chooses a group by its name, joins, sends ideas
// typed as an input method gives them, and, once the board opens the vote, puts a dot on the cluster
// titled as asked. Screenshots PREFIX-ideas.png and PREFIX-vote.png. Exit status 0 when all of it was done.
//   sapha-phone URL --group NAME --name NAME --idea TEXT [--idea TEXT ...] --vote TITLE --shots PREFIX
// SPDX-License-Identifier: MIT
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "devtools_browser.hpp"
#include "temp_dir.hpp"

using sapha::test::Browser;
using sapha::test::javascriptString;
using sapha::test::Page;

namespace {

struct Participation {
    std::string url;
    std::string group;
    std::string name;
    std::vector<std::string> ideas;
    std::string vote;
    std::string shots;
};

void writePng(const std::string& path, const std::string& png)
{
    std::ofstream(path, std::ios::binary) << png;
}

void require(bool done, const std::string& what)
{
    if (!done)
        throw std::runtime_error(what);
}

void takePart(const Participation& wanted)
{
    sapha::test::TempDir profile;
    Browser browser(profile.path());
    Page page(browser);
    page.navigate(wanted.url);
    require(page.waitFor("document.querySelectorAll('#group option').length > 0", 15), "the join page listed no group");
    const std::string chosen = page.evaluate("(() => { const list = document.getElementById('group');"
                                             " for (const o of list.options) if (o.textContent === "
        + javascriptString(wanted.group) + ") { list.value = o.value; return 'yes'; } return 'no'; })()");
    require(chosen == "yes", "the join page does not offer the group " + wanted.group);
    page.evaluate("document.getElementById('name').focus()");
    page.insertText(wanted.name);
    page.evaluate("document.getElementById('joinButton').click()");
    require(page.waitFor("!document.getElementById('ideate').hidden"), "joining did not open the ideas");
    std::printf("phone: joined %s as %s\n", wanted.group.c_str(), wanted.name.c_str());

    for (std::size_t i = 0; i < wanted.ideas.size(); ++i) {
        page.evaluate("document.getElementById('idea').focus()");
        page.insertText(wanted.ideas[i]);
        page.evaluate("document.getElementById('sendButton').click()");
        require(page.waitFor("document.querySelectorAll('#ideas li').length === " + std::to_string(i + 1)),
            "the idea was not taken: " + wanted.ideas[i]);
        std::printf("phone: sent %s\n", wanted.ideas[i].c_str());
    }
    std::fflush(stdout);
    writePng(wanted.shots + "-ideas.png", page.screenshot());
    if (wanted.vote.empty())
        return;

    // The facilitator sorts the ideas, then opens the vote: the page offers the clusters.
    const std::string choice = "[...document.querySelectorAll('#choices li')].find(li => li.firstChild && li.firstChild.textContent === "
        + javascriptString(wanted.vote) + ")";
    require(page.waitFor("!document.getElementById('vote').hidden && " + choice, 240),
        "the vote never offered the cluster " + wanted.vote);
    page.evaluate(choice + ".querySelector('button').click()");
    require(page.waitFor("document.getElementById('status').textContent.length > 0"), "the vote was not acknowledged");
    std::printf("phone: voted for %s: %s\n", wanted.vote.c_str(), page.evaluate("document.getElementById('status').textContent").c_str());
    writePng(wanted.shots + "-vote.png", page.screenshot());
}

} // namespace

int main(int argc, char** argv)
{
    Participation wanted;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--group") && hasValue)
            wanted.group = argv[++i];
        else if (!std::strcmp(argv[i], "--name") && hasValue)
            wanted.name = argv[++i];
        else if (!std::strcmp(argv[i], "--idea") && hasValue)
            wanted.ideas.push_back(argv[++i]);
        else if (!std::strcmp(argv[i], "--vote") && hasValue)
            wanted.vote = argv[++i];
        else if (!std::strcmp(argv[i], "--shots") && hasValue)
            wanted.shots = argv[++i];
        else if (wanted.url.empty() && argv[i][0] != '-')
            wanted.url = argv[i];
        else {
            std::fprintf(stderr, "sapha-phone: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    if (wanted.url.empty() || wanted.group.empty() || wanted.shots.empty()) {
        std::fprintf(stderr, "usage: sapha-phone URL --group NAME [--name NAME] [--idea TEXT ...] [--vote TITLE] --shots PREFIX\n");
        return 2;
    }
    try {
        takePart(wanted);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "phone: %s\n", error.what());
        return 1;
    }
    return 0;
}
