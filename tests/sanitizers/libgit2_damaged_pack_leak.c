/* Sapha — libgit2 1.5 alone leaking when it reads from a pack cut in half: the reason for
 * lsan-damaged-pack.supp. Not part of the build; to see it (about 775 bytes in 8 allocations):
 *
 *   gcc -g -fsanitize=address libgit2_damaged_pack_leak.c -o leak $(pkg-config --cflags --libs libgit2)
 *   git init -q r && cd r && for i in $(seq 30); do seq $((i * 1000)) > f$((i % 5)).txt; git add .;
 *     git -c user.name=a -c user.email=a@b commit -qm "c$i"; done && git gc -q &&
 *     p=$(ls -S .git/objects/pack/*.pack | head -1) && truncate -s $(( $(stat -c %s $p) / 2 )) $p && cd ..
 *   ./leak r/.git HEAD~1:f1.txt
 *
 * Everything this program is given by libgit2 is freed; the leak is inside libgit2's pack reading. */
#include <git2.h>
#include <stdio.h>

int main(int argc, char** argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s GIT_DIR REVISION\n", argv[0]);
        return 2;
    }
    git_libgit2_init();
    git_repository* repository = NULL;
    if (git_repository_open(&repository, argv[1]) < 0) {
        fprintf(stderr, "open: %s\n", git_error_last()->message);
        return 1;
    }
    git_object* object = NULL;
    if (git_revparse_single(&object, repository, argv[2]) < 0)
        fprintf(stderr, "%s: %s\n", argv[2], git_error_last() ? git_error_last()->message : "unknown error");
    else
        git_object_free(object);
    git_repository_free(repository);
    git_libgit2_shutdown();
    return 0;
}
