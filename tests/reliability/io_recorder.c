/* Sapha reliability — an LD_PRELOAD library that records what a process does to the files under
 * SAPHA_IO_ROOT, for the power-loss replay (power_loss_replay.cpp):
 *   W path content   after a write(): the file's whole content
 *   R from to content after a rename(): the renamed file's content
 *   U path           after an unlink()
 *   B                a flush of the whole file system: syncfs()
 *   F                a flush of one file: fsync(), fdatasync() (not a barrier for any other file)
 * The log goes to SAPHA_IO_LOG. Records are "<op> <len> <len> <len>\n" and the raw bytes.
 * SPDX-License-Identifier: MIT */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static __thread int inside; /* the recorder's own calls are not recorded */

static ssize_t raw_write(int fd, const void* data, size_t size)
{
    return syscall(SYS_write, fd, data, size);
}

static int log_fd(void)
{
    static int fd = -2;
    if (fd == -2) {
        const char* path = getenv("SAPHA_IO_LOG");
        fd = path ? (int)syscall(SYS_openat, AT_FDCWD, path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644) : -1;
    }
    return fd;
}

/* The absolute form of `path` when it lies under SAPHA_IO_ROOT, else 0. */
static int under_root(const char* path, char* out)
{
    const char* root = getenv("SAPHA_IO_ROOT");
    if (!root || !path)
        return 0;
    if (path[0] == '/') {
        snprintf(out, PATH_MAX, "%s", path);
    } else {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd))
            return 0;
        // A path too long to join is not one the test watches.
        if (snprintf(out, PATH_MAX, "%s/%s", cwd, path) >= PATH_MAX)
            return 0;
    }
    return strncmp(out, root, strlen(root)) == 0;
}

static char* read_whole(const char* path, size_t* size)
{
    int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
    *size = 0;
    if (fd < 0)
        return NULL;
    struct stat info;
    fstat(fd, &info);
    char* data = malloc((size_t)info.st_size + 1);
    size_t done = 0;
    while (done < (size_t)info.st_size) {
        ssize_t got = syscall(SYS_read, fd, data + done, (size_t)info.st_size - done);
        if (got <= 0)
            break;
        done += (size_t)got;
    }
    close(fd);
    *size = done;
    return data;
}

static void record(char op, const char* a, const char* b, const char* content, size_t size)
{
    int fd = log_fd();
    if (fd < 0)
        return;
    char header[128];
    int n = snprintf(header, sizeof header, "%c %zu %zu %zu\n", op, a ? strlen(a) : 0, b ? strlen(b) : 0, size);
    /* One buffer, one write: records of concurrent threads do not interleave. */
    size_t total = (size_t)n + (a ? strlen(a) : 0) + (b ? strlen(b) : 0) + size;
    char* buffer = malloc(total);
    size_t at = 0;
    memcpy(buffer, header, (size_t)n);
    at += (size_t)n;
    if (a) { memcpy(buffer + at, a, strlen(a)); at += strlen(a); }
    if (b) { memcpy(buffer + at, b, strlen(b)); at += strlen(b); }
    if (size) { memcpy(buffer + at, content, size); at += size; }
    raw_write(fd, buffer, at);
    free(buffer);
}

static void record_file(char op, const char* a, const char* b, const char* file)
{
    size_t size;
    char* content = read_whole(file, &size);
    record(op, a, b, content, size);
    free(content);
}

/* A single-file flush: recorded as F with the file's name, its content durable from then on. */
static void after_file_flush(int fd)
{
    char link[64], path[PATH_MAX], absolute[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return;
    path[n] = 0;
    if (under_root(path, absolute))
        record('F', absolute, NULL, NULL, 0);
}

static void after_write(int fd)
{
    char link[64], path[PATH_MAX], absolute[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return;
    path[n] = 0;
    if (under_root(path, absolute))
        record_file('W', absolute, NULL, absolute);
}

#define REAL(name) static __typeof__(name)* real_##name; if (!real_##name) real_##name = dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void* data, size_t size)
{
    REAL(write);
    ssize_t result = real_write(fd, data, size);
    if (!inside && result > 0) { inside = 1; after_write(fd); inside = 0; }
    return result;
}

ssize_t pwrite64(int fd, const void* data, size_t size, off_t offset)
{
    REAL(pwrite64);
    ssize_t result = real_pwrite64(fd, data, size, offset);
    if (!inside && result > 0) { inside = 1; after_write(fd); inside = 0; }
    return result;
}

ssize_t pwrite(int fd, const void* data, size_t size, off_t offset)
{
    return pwrite64(fd, data, size, offset);
}

int rename(const char* from, const char* to)
{
    REAL(rename);
    int result = real_rename(from, to);
    char a[PATH_MAX], b[PATH_MAX];
    if (!inside && result == 0 && under_root(from, a) && under_root(to, b)) {
        inside = 1;
        record_file('R', a, b, b);
        inside = 0;
    }
    return result;
}

/* libgit2 puts a new file in place with link() then unlink() of its temporary name (and Sapha's save
 * lock appears with link()): recorded as L, the new name holding the file's content. */
int link(const char* from, const char* to)
{
    REAL(link);
    int result = real_link(from, to);
    char a[PATH_MAX], b[PATH_MAX];
    if (!inside && result == 0 && under_root(from, a) && under_root(to, b)) {
        inside = 1;
        record_file('L', a, b, b);
        inside = 0;
    }
    return result;
}

int unlink(const char* path)
{
    REAL(unlink);
    int result = real_unlink(path);
    char a[PATH_MAX];
    if (!inside && result == 0 && under_root(path, a)) { inside = 1; record('U', a, NULL, NULL, 0); inside = 0; }
    return result;
}

int rmdir(const char* path)
{
    REAL(rmdir);
    return real_rmdir(path);
}

int syncfs(int fd)
{
    REAL(syncfs);
    int result = real_syncfs(fd);
    if (!inside) { inside = 1; record('B', NULL, NULL, NULL, 0); inside = 0; }
    return result;
}

int fsync(int fd)
{
    REAL(fsync);
    int result = real_fsync(fd);
    if (!inside && result == 0) { inside = 1; after_file_flush(fd); inside = 0; }
    return result;
}

int fdatasync(int fd)
{
    REAL(fdatasync);
    int result = real_fdatasync(fd);
    if (!inside && result == 0) { inside = 1; after_file_flush(fd); inside = 0; }
    return result;
}

int remove(const char* path)
{
    REAL(remove);
    char a[PATH_MAX];
    struct stat info;
    int is_file = lstat(path, &info) == 0 && !S_ISDIR(info.st_mode);
    int result = real_remove(path);
    if (!inside && result == 0 && is_file && under_root(path, a)) { inside = 1; record('U', a, NULL, NULL, 0); inside = 0; }
    return result;
}
