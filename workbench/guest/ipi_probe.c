// SPDX-License-Identifier: GPL-2.0
/*
 * ipi_probe: count the TLB-sync IPIs that N MADV_COLLAPSE calls send.
 *
 * The workbench's own measurement (not part of the series).  It pins itself
 * to one CPU, collapses N freshly populated 2 MiB ranges and counts, per
 * target CPU, the cross-CPU calls of tlb_remove_table_smp_sync (the sync's
 * IPI handler) from the csd:csd_queue_cpu trace event, which names the
 * function (ipi:ipi_send_cpu{,mask} only name the generic IPI handler), and
 * the "CAL" row of /proc/interrupts (a cross-check that also counts
 * unrelated function-call IPIs).
 *
 * -w K starts K threads of the same process, pinned to the CPUs after the
 * caller's, that run GUP-fast (gup_test's PIN_FAST_BENCHMARK ioctl) in a
 * loop over buffers of their own while the collapses run.
 *
 * -e broadcast: every other online CPU must get at least 9/10 of N sync
 *               IPIs (a migration or a sync from elsewhere may shift one);
 * -e targeted:  no CPU but the walkers' may get any;
 * -e any:       only report.
 * Output is KTAP; the "# result:" line is parsed by the host.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "mm/gup_test.h"

#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25
#endif

#define MAXCPU 1024
#define PMD_SIZE (2UL << 20)
#define TRACEFS "/sys/kernel/tracing"
#define HANDLER "tlb_remove_table_smp_sync"

static long cal[MAXCPU], sync_ipis[MAXCPU];
static int ncpus;
static volatile int stop;

/* A GUP-fast walker: PIN_FAST_BENCHMARK over its own 8 MiB, in a loop. */
static void *walker(void *arg)
{
	long cpu = (long)arg, calls = 0;
	struct gup_test gup = { 0 };
	size_t size = 8UL << 20;
	cpu_set_t set;
	char *buf;
	int fd;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set))
		return (void *)-1L;
	fd = open("/sys/kernel/debug/gup_test", O_RDWR);
	buf = mmap(NULL, size, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (fd < 0 || buf == MAP_FAILED)
		return (void *)-1L;
	madvise(buf, size, MADV_NOHUGEPAGE);
	memset(buf, 1, size);
	gup.addr = (uintptr_t)buf;
	gup.size = size;
	gup.nr_pages_per_call = 64;
	while (!stop) {
		if (ioctl(fd, PIN_FAST_BENCHMARK, &gup))
			return (void *)-1L;
		calls++;
	}
	close(fd);
	munmap(buf, size);
	return (void *)calls;
}

static int write_file(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_TRUNC);
	int ok;

	if (fd < 0)
		return -1;
	ok = write(fd, s, strlen(s)) == (ssize_t)strlen(s);
	close(fd);
	return ok ? 0 : -1;
}

/* Adds (sign * CAL count) of each CPU to cal[]; returns the CPU count. */
static int read_cal(int sign)
{
	char line[16384], *p;
	FILE *f = fopen("/proc/interrupts", "r");
	int n = 0, cpus = 0;

	if (!f)
		return -1;
	if (fgets(line, sizeof(line), f))
		for (p = strtok(line, " \t\n"); p; p = strtok(NULL, " \t\n"))
			cpus++;
	while (fgets(line, sizeof(line), f)) {
		p = line;
		while (*p == ' ')
			p++;
		if (strncmp(p, "CAL:", 4))
			continue;
		p += 4;
		for (n = 0; n < cpus && n < MAXCPU; n++)
			cal[n] += sign * strtol(p, &p, 10);
	}
	fclose(f);
	return n == cpus ? cpus : -1;
}

/* Counts csd_queue_cpu events of the sync handler, per target CPU. */
static int count_trace(void)
{
	char line[4096], *p;
	FILE *f = fopen(TRACEFS "/trace", "r");
	int events = 0;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == '#' || !strstr(line, "func=" HANDLER " "))
			continue;
		p = strstr(line, "csd_queue_cpu: cpu=");
		if (!p)
			continue;
		events++;
		p += strlen("csd_queue_cpu: cpu=");
		if (atoi(p) >= 0 && atoi(p) < MAXCPU)
			sync_ipis[atoi(p)]++;
	}
	fclose(f);
	return events;
}

static int collapse_once(void)
{
	char *raw, *p;
	unsigned long i;
	int ret;

	raw = mmap(NULL, 2 * PMD_SIZE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (raw == MAP_FAILED)
		return -errno;
	p = (char *)(((unsigned long)raw + PMD_SIZE - 1) & ~(PMD_SIZE - 1));
	/* Small pages first, so that there is something to collapse. */
	madvise(p, PMD_SIZE, MADV_NOHUGEPAGE);
	for (i = 0; i < PMD_SIZE; i += 4096)
		p[i] = (char)i;
	madvise(p, PMD_SIZE, MADV_HUGEPAGE);
	ret = madvise(p, PMD_SIZE, MADV_COLLAPSE) ? -errno : 0;
	for (i = 0; !ret && i < PMD_SIZE; i += 4096)
		if (p[i] != (char)i)
			ret = -EIO;
	munmap(raw, 2 * PMD_SIZE);
	return ret;
}

int main(int argc, char **argv)
{
	const char *expect = "any";
	int n = 100, cpu = 0, c, i, fails = 0, err = 0, events, nwalk = 0;
	pthread_t thr[MAXCPU];
	long walks = 0;
	long min = -1, max = 0, sum = 0, others = 0, bad = 0;
	cpu_set_t set;

	while ((c = getopt(argc, argv, "n:c:e:w:")) != -1) {
		switch (c) {
		case 'n':
			n = atoi(optarg);
			break;
		case 'c':
			cpu = atoi(optarg);
			break;
		case 'e':
			expect = optarg;
			break;
		case 'w':
			nwalk = atoi(optarg);
			break;
		default:
			fprintf(stderr, "usage: %s [-n N] [-c CPU] [-w K] [-e broadcast|targeted|any]\n",
				argv[0]);
			return 2;
		}
	}
	printf("KTAP version 1\n1..1\n");
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set)) {
		printf("not ok 1 ipi_probe # cannot pin to CPU %d\n", cpu);
		return 1;
	}
	if (write_file(TRACEFS "/buffer_size_kb", "4096") ||
	    write_file(TRACEFS "/events/csd/csd_queue_cpu/enable", "1") ||
	    write_file(TRACEFS "/trace", "")) {
		printf("not ok 1 ipi_probe # csd trace event unavailable (%s)\n",
		       strerror(errno));
		return 1;
	}
	for (i = 0; i < nwalk; i++)
		if (pthread_create(&thr[i], NULL, walker, (void *)(long)(cpu + 1 + i))) {
			printf("not ok 1 ipi_probe # cannot start walker %d\n", i);
			return 1;
		}
	usleep(100000);
	ncpus = read_cal(-1);
	for (i = 0; i < n; i++) {
		int r = collapse_once();

		if (r) {
			fails++;
			err = r;
		}
	}
	stop = 1;
	for (i = 0; i < nwalk; i++) {
		void *r;

		pthread_join(thr[i], &r);
		if ((long)r < 0) {
			printf("not ok 1 ipi_probe # GUP-fast walker %d failed\n", i);
			return 1;
		}
		walks += (long)r;
	}
	if (read_cal(1) != ncpus || ncpus <= 0) {
		printf("not ok 1 ipi_probe # cannot parse CAL in /proc/interrupts\n");
		return 1;
	}
	write_file(TRACEFS "/events/csd/csd_queue_cpu/enable", "0");
	events = count_trace();
	printf("# result: collapses=%d failed=%d caller=%d walkers=%d walker_calls=%ld cpus=%d sync_events=%d sync_ipis=",
	       n, fails, cpu, nwalk, walks, ncpus, events);
	for (i = 0; i < ncpus; i++)
		printf("%s%ld", i ? "," : "", sync_ipis[i]);
	printf(" cal_delta=");
	for (i = 0; i < ncpus; i++)
		printf("%s%ld", i ? "," : "", cal[i]);
	printf("\n");
	for (i = 0; i < ncpus; i++) {
		if (i == cpu)
			continue;
		others++;
		sum += sync_ipis[i];
		if (min < 0 || sync_ipis[i] < min)
			min = sync_ipis[i];
		if (sync_ipis[i] > max)
			max = sync_ipis[i];
		if (!strcmp(expect, "broadcast") && sync_ipis[i] * 10 < n * 9)
			bad++;
		if (!strcmp(expect, "targeted") && sync_ipis[i] != 0 &&
		    (i <= cpu || i > cpu + nwalk))
			bad++;
	}
	printf("# %d MADV_COLLAPSE on CPU %d: sync IPIs per other CPU min %ld max %ld total %ld (%ld CPUs)\n",
	       n, cpu, min, max, sum, others);
	if (fails) {
		printf("not ok 1 ipi_probe # %d of %d MADV_COLLAPSE failed: %s\n",
		       fails, n, strerror(-err));
		return 1;
	}
	if (events < 0) {
		printf("not ok 1 ipi_probe # cannot read %s/trace\n", TRACEFS);
		return 1;
	}
	if (bad) {
		printf("not ok 1 ipi_probe # expected %s sync, %ld CPU(s) disagree\n",
		       expect, bad);
		return 1;
	}
	printf("ok 1 ipi_probe # expect=%s\n", expect);
	return 0;
}
