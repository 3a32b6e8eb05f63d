
/work/wt-eval/build/baseline/obj-eval-arm64/vmlinux:     file format elf64-littleaarch64


Disassembly of section .head.text:

Disassembly of section .text:

ffff80008013f360 <gup_fast_fallback>:
ffff80008013f360:	stp	x29, x30, [sp, #-208]!
ffff80008013f364:	mov	x4, x0
ffff80008013f368:	mov	w0, #0xead4                	// #60116
ffff80008013f36c:	mov	x29, sp
ffff80008013f370:	stp	x19, x20, [sp, #16]
ffff80008013f374:	movk	w0, #0xffe7, lsl #16
ffff80008013f378:	stp	x21, x22, [sp, #32]
ffff80008013f37c:	stp	x23, x24, [sp, #48]
ffff80008013f380:	stp	x25, x26, [sp, #64]
ffff80008013f384:	stp	x27, x28, [sp, #80]
ffff80008013f388:	str	x3, [sp, #104]
ffff80008013f38c:	str	x1, [sp, #160]
ffff80008013f390:	str	wzr, [sp, #196]
ffff80008013f394:	tst	w2, w0
ffff80008013f398:	b.ne	ffff80008013f3f8 <gup_fast_fallback+0x98>  // b.any
ffff80008013f39c:	and	w0, w2, #0x80000
ffff80008013f3a0:	str	w0, [sp, #172]
ffff80008013f3a4:	mov	w19, w2
ffff80008013f3a8:	tbz	w19, #19, ffff80008013f3b8 <gup_fast_fallback+0x58>
ffff80008013f3ac:	mrs	x0, sp_el0
ffff80008013f3b0:	ldr	x0, [x0, #984]
ffff80008013f3b4:	bl	ffff80008013d020 <mm_set_has_pinned_flag>
ffff80008013f3b8:	sbfx	x23, x4, #0, #56
ffff80008013f3bc:	and	x23, x23, x4
ffff80008013f3c0:	and	x0, x23, #0xfffffffffffff000
ffff80008013f3c4:	str	x0, [sp, #112]
ffff80008013f3c8:	ldr	x0, [sp, #160]
ffff80008013f3cc:	ldr	x1, [sp, #112]
ffff80008013f3d0:	lsl	x0, x0, #12
ffff80008013f3d4:	adds	x0, x1, x0
ffff80008013f3d8:	str	x0, [sp, #136]
ffff80008013f3dc:	b.cs	ffff80008013f41c <gup_fast_fallback+0xbc>  // b.hs, b.nlast
ffff80008013f3e0:	ldr	x1, [sp, #136]
ffff80008013f3e4:	mov	x0, #0x1000000000000       	// #281474976710656
ffff80008013f3e8:	cmp	x1, x0
ffff80008013f3ec:	b.ls	ffff80008013f424 <gup_fast_fallback+0xc4>  // b.plast
ffff80008013f3f0:	mov	w0, #0xfffffff2            	// #-14
ffff80008013f3f4:	b	ffff80008013f400 <gup_fast_fallback+0xa0>
ffff80008013f3f8:	brk	#0x800
ffff80008013f3fc:	mov	w0, #0xffffffea            	// #-22
ffff80008013f400:	ldp	x19, x20, [sp, #16]
ffff80008013f404:	ldp	x21, x22, [sp, #32]
ffff80008013f408:	ldp	x23, x24, [sp, #48]
ffff80008013f40c:	ldp	x25, x26, [sp, #64]
ffff80008013f410:	ldp	x27, x28, [sp, #80]
ffff80008013f414:	ldp	x29, x30, [sp], #208
ffff80008013f418:	ret
ffff80008013f41c:	mov	w0, #0xffffffb5            	// #-75
ffff80008013f420:	b	ffff80008013f400 <gup_fast_fallback+0xa0>
ffff80008013f424:	and	w0, w19, #0x80000
ffff80008013f428:	cbnz	w0, ffff80008013f5f8 <gup_fast_fallback+0x298>
ffff80008013f42c:	str	wzr, [sp, #144]
ffff80008013f430:	mrs	x0, daif
ffff80008013f434:	str	x0, [sp, #176]
ffff80008013f438:	msr	daifset, #0x3
ffff80008013f43c:	mrs	x0, sp_el0
ffff80008013f440:	ldr	x1, [x0, #984]
ffff80008013f444:	mov	w20, #0x0                   	// #0
ffff80008013f448:	ldr	x0, [sp, #112]
ffff80008013f44c:	ldr	x1, [x1, #104]
ffff80008013f450:	ldr	x23, [sp, #112]
ffff80008013f454:	ubfx	x0, x0, #39, #9
ffff80008013f458:	add	x0, x1, x0, lsl #3
ffff80008013f45c:	str	x0, [sp, #120]
ffff80008013f460:	ldr	x0, [sp, #120]
ffff80008013f464:	mov	x22, #0x8000000000          	// #549755813888
ffff80008013f468:	add	x22, x23, x22
ffff80008013f46c:	and	x22, x22, #0xffffff8000000000
ffff80008013f470:	ldr	x0, [x0]
ffff80008013f474:	sub	x1, x22, #0x1
ffff80008013f478:	ldr	x0, [sp, #136]
ffff80008013f47c:	sub	x0, x0, #0x1
ffff80008013f480:	cmp	x1, x0
ffff80008013f484:	ldr	x0, [sp, #136]
ffff80008013f488:	csel	x22, x22, x0, cc	// cc = lo, ul, last
ffff80008013f48c:	ldr	x0, [sp, #120]
ffff80008013f490:	ldr	x0, [x0]
ffff80008013f494:	cbz	x0, ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013f498:	adrp	x1, ffff8000803ee000 <cpucap_ptrs+0x3a0>
ffff80008013f49c:	add	x28, x1, #0xa0
ffff80008013f4a0:	and	x0, x0, #0x3fffffffff000
ffff80008013f4a4:	ldr	x1, [x1, #160]
ffff80008013f4a8:	sub	x0, x0, x1
ffff80008013f4ac:	ubfx	x1, x23, #30, #9
ffff80008013f4b0:	orr	x0, x0, #0xffff000000000000
ffff80008013f4b4:	add	x0, x0, x1, lsl #3
ffff80008013f4b8:	str	x0, [sp, #128]
ffff80008013f4bc:	ldr	x0, [sp, #128]
ffff80008013f4c0:	mov	x21, #0x40000000            	// #1073741824
ffff80008013f4c4:	add	x21, x23, x21
ffff80008013f4c8:	and	x21, x21, #0xffffffffc0000000
ffff80008013f4cc:	ldr	x25, [x0]
ffff80008013f4d0:	sub	x1, x21, #0x1
ffff80008013f4d4:	sub	x0, x22, #0x1
ffff80008013f4d8:	cmp	x1, x0
ffff80008013f4dc:	csel	x21, x21, x22, cc	// cc = lo, ul, last
ffff80008013f4e0:	tbnz	w25, #0, ffff80008013f4f4 <gup_fast_fallback+0x194>
ffff80008013f4e4:	mov	x0, #0x801                 	// #2049
ffff80008013f4e8:	and	x0, x25, x0
ffff80008013f4ec:	cmp	x0, #0x800
ffff80008013f4f0:	b.ne	ffff80008013f6ac <gup_fast_fallback+0x34c>  // b.any
ffff80008013f4f4:	and	x0, x25, #0x3
ffff80008013f4f8:	cmp	x0, #0x3
ffff80008013f4fc:	b.ne	ffff80008013f638 <gup_fast_fallback+0x2d8>  // b.any
ffff80008013f500:	ldr	x0, [x28]
ffff80008013f504:	and	x25, x25, #0x3fffffffff000
ffff80008013f508:	ubfx	x27, x23, #21, #9
ffff80008013f50c:	sub	x25, x25, x0
ffff80008013f510:	orr	x25, x25, #0xffff000000000000
ffff80008013f514:	add	x27, x25, x27, lsl #3
ffff80008013f518:	add	x24, x23, #0x200, lsl #12
ffff80008013f51c:	sub	x0, x21, #0x1
ffff80008013f520:	and	x24, x24, #0xffffffffffe00000
ffff80008013f524:	ldr	x26, [x27]
ffff80008013f528:	sub	x1, x24, #0x1
ffff80008013f52c:	cmp	x1, x0
ffff80008013f530:	csel	x24, x24, x21, cc	// cc = lo, ul, last
ffff80008013f534:	tbnz	w26, #0, ffff80008013f548 <gup_fast_fallback+0x1e8>
ffff80008013f538:	mov	x0, #0x801                 	// #2049
ffff80008013f53c:	and	x0, x26, x0
ffff80008013f540:	cmp	x0, #0x800
ffff80008013f544:	b.ne	ffff80008013f6ac <gup_fast_fallback+0x34c>  // b.any
ffff80008013f548:	mov	x0, x26
ffff80008013f54c:	bl	ffff80008013c688 <pmd_leaf>
ffff80008013f550:	tst	w0, #0xff
ffff80008013f554:	b.eq	ffff80008013f88c <gup_fast_fallback+0x52c>  // b.none
ffff80008013f558:	mov	x0, #0x841                 	// #2113
ffff80008013f55c:	movk	x0, #0x40, lsl #48
ffff80008013f560:	and	x1, x26, x0
ffff80008013f564:	sub	x0, x0, #0x41
ffff80008013f568:	cmp	x1, x0
ffff80008013f56c:	b.eq	ffff80008013f6ac <gup_fast_fallback+0x34c>  // b.none
ffff80008013f570:	mov	x0, #0x41                  	// #65
ffff80008013f574:	and	x0, x26, x0
ffff80008013f578:	cmp	x0, #0x41
ffff80008013f57c:	b.ne	ffff80008013f6ac <gup_fast_fallback+0x34c>  // b.any
ffff80008013f580:	tbz	w19, #0, ffff80008013f588 <gup_fast_fallback+0x228>
ffff80008013f584:	tbz	x26, #51, ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013f588:	and	x6, x26, #0x100000000000000
ffff80008013f58c:	str	x6, [sp, #184]
ffff80008013f590:	tbnz	x26, #56, ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013f594:	ldr	x25, [x28]
ffff80008013f598:	ubfx	x3, x23, #12, #9
ffff80008013f59c:	sub	x5, x24, x23
ffff80008013f5a0:	ubfx	x0, x26, #12, #38
ffff80008013f5a4:	mov	w2, w19
ffff80008013f5a8:	sub	x25, x3, x25, asr #12
ffff80008013f5ac:	lsr	x5, x5, #12
ffff80008013f5b0:	add	x25, x25, x0
ffff80008013f5b4:	mov	x0, #0xffffffffc0000000    	// #-1073741824
ffff80008013f5b8:	movk	x0, #0xfdff, lsl #32
ffff80008013f5bc:	mov	w1, w5
ffff80008013f5c0:	add	x25, x0, x25, lsl #6
ffff80008013f5c4:	str	x5, [sp, #152]
ffff80008013f5c8:	mov	x0, x25
ffff80008013f5cc:	bl	ffff80008013cba0 <try_grab_folio_fast>
ffff80008013f5d0:	mov	x23, x0
ffff80008013f5d4:	cbz	x0, ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013f5d8:	ldr	x1, [x27]
ffff80008013f5dc:	ldr	x5, [sp, #152]
ffff80008013f5e0:	cmp	x26, x1
ffff80008013f5e4:	ldr	x6, [sp, #184]
ffff80008013f5e8:	b.eq	ffff80008013f7dc <gup_fast_fallback+0x47c>  // b.none
ffff80008013f5ec:	mov	w2, w19
ffff80008013f5f0:	mov	w1, w5
ffff80008013f5f4:	b	ffff80008013f6a8 <gup_fast_fallback+0x348>
ffff80008013f5f8:	mrs	x0, sp_el0
ffff80008013f5fc:	ldr	x0, [x0, #984]
ffff80008013f600:	add	x0, x0, #0x170
ffff80008013f604:	ldar	w0, [x0]
ffff80008013f608:	str	w0, [sp, #144]
ffff80008013f60c:	ldr	x0, [sp, #144]
ffff80008013f610:	tbz	w0, #0, ffff80008013f430 <gup_fast_fallback+0xd0>
ffff80008013f614:	mov	x20, #0x0                   	// #0
ffff80008013f618:	ldr	x0, [sp, #160]
ffff80008013f61c:	cmp	x0, x20
ffff80008013f620:	b.eq	ffff80008013f628 <gup_fast_fallback+0x2c8>  // b.none
ffff80008013f624:	tbz	w19, #20, ffff80008013fa28 <gup_fast_fallback+0x6c8>
ffff80008013f628:	mov	w0, w20
ffff80008013f62c:	b	ffff80008013f400 <gup_fast_fallback+0xa0>
ffff80008013f630:	mov	x23, x21
ffff80008013f634:	b	ffff80008013f4bc <gup_fast_fallback+0x15c>
ffff80008013f638:	mov	x0, #0x41                  	// #65
ffff80008013f63c:	and	x0, x25, x0
ffff80008013f640:	cmp	x0, #0x41
ffff80008013f644:	b.ne	ffff80008013f6ac <gup_fast_fallback+0x34c>  // b.any
ffff80008013f648:	tbz	w19, #0, ffff80008013f650 <gup_fast_fallback+0x2f0>
ffff80008013f64c:	tbz	x25, #51, ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013f650:	ldr	x24, [x28]
ffff80008013f654:	ubfx	x3, x23, #12, #18
ffff80008013f658:	ubfx	x0, x25, #12, #38
ffff80008013f65c:	sub	x4, x21, x23
ffff80008013f660:	mov	w2, w19
ffff80008013f664:	sub	x24, x3, x24, asr #12
ffff80008013f668:	lsr	x26, x4, #12
ffff80008013f66c:	add	x24, x24, x0
ffff80008013f670:	mov	x0, #0xffffffffc0000000    	// #-1073741824
ffff80008013f674:	movk	x0, #0xfdff, lsl #32
ffff80008013f678:	mov	w1, w26
ffff80008013f67c:	add	x24, x0, x24, lsl #6
ffff80008013f680:	mov	x0, x24
ffff80008013f684:	bl	ffff80008013cba0 <try_grab_folio_fast>
ffff80008013f688:	mov	x27, x0
ffff80008013f68c:	cbz	x0, ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013f690:	ldr	x1, [sp, #128]
ffff80008013f694:	ldr	x1, [x1]
ffff80008013f698:	cmp	x25, x1
ffff80008013f69c:	b.eq	ffff80008013f718 <gup_fast_fallback+0x3b8>  // b.none
ffff80008013f6a0:	mov	w2, w19
ffff80008013f6a4:	mov	w1, w26
ffff80008013f6a8:	bl	ffff80008013c968 <gup_put_folio>
ffff80008013f6ac:	ldr	x0, [sp, #176]
ffff80008013f6b0:	msr	daif, x0
ffff80008013f6b4:	ldr	w0, [sp, #172]
ffff80008013f6b8:	sxtw	x20, w20
ffff80008013f6bc:	cbz	w0, ffff80008013f618 <gup_fast_fallback+0x2b8>
ffff80008013f6c0:	mrs	x0, sp_el0
ffff80008013f6c4:	ldr	x0, [x0, #984]
ffff80008013f6c8:	dmb	ishld
ffff80008013f6cc:	ldr	w0, [x0, #368]
ffff80008013f6d0:	ldr	w1, [sp, #144]
ffff80008013f6d4:	cmp	w0, w1
ffff80008013f6d8:	b.eq	ffff80008013f618 <gup_fast_fallback+0x2b8>  // b.none
ffff80008013f6dc:	mov	x21, #0x0                   	// #0
ffff80008013f6e0:	str	wzr, [sp, #200]
ffff80008013f6e4:	cmp	x20, x21
ffff80008013f6e8:	b.ls	ffff80008013f614 <gup_fast_fallback+0x2b4>  // b.plast
ffff80008013f6ec:	ldr	x0, [sp, #104]
ffff80008013f6f0:	mov	x2, x21
ffff80008013f6f4:	add	x3, sp, #0xc8
ffff80008013f6f8:	mov	x1, x20
ffff80008013f6fc:	bl	ffff80008013c714 <gup_folio_next>
ffff80008013f700:	ldr	w22, [sp, #200]
ffff80008013f704:	mov	w2, #0x80000               	// #524288
ffff80008013f708:	mov	w1, w22
ffff80008013f70c:	bl	ffff80008013c968 <gup_put_folio>
ffff80008013f710:	add	x21, x21, w22, uxtw
ffff80008013f714:	b	ffff80008013f6e4 <gup_fast_fallback+0x384>
ffff80008013f718:	mov	w1, w19
ffff80008013f71c:	bl	ffff80008013ce90 <gup_fast_folio_allowed>
ffff80008013f720:	tst	w0, #0xff
ffff80008013f724:	b.ne	ffff80008013f738 <gup_fast_fallback+0x3d8>  // b.any
ffff80008013f728:	mov	w2, w19
ffff80008013f72c:	mov	w1, w26
ffff80008013f730:	mov	x0, x27
ffff80008013f734:	b	ffff80008013f6a8 <gup_fast_fallback+0x348>
ffff80008013f738:	tbnz	x25, #51, ffff80008013f754 <gup_fast_fallback+0x3f4>
ffff80008013f73c:	mov	x2, x27
ffff80008013f740:	mov	w1, w19
ffff80008013f744:	mov	x0, #0x0                   	// #0
ffff80008013f748:	bl	ffff80008013cef8 <gup_must_unshare>
ffff80008013f74c:	tst	w0, #0xff
ffff80008013f750:	b.ne	ffff80008013f728 <gup_fast_fallback+0x3c8>  // b.any
ffff80008013f754:	ldr	x0, [sp, #104]
ffff80008013f758:	and	x1, x26, #0xffffffff
ffff80008013f75c:	add	x3, x0, w20, sxtw #3
ffff80008013f760:	mov	x0, #0x0                   	// #0
ffff80008013f764:	add	x2, x24, x0, lsl #6
ffff80008013f768:	cmp	x0, x1
ffff80008013f76c:	b.ne	ffff80008013f778 <gup_fast_fallback+0x418>  // b.any
ffff80008013f770:	b	ffff80008013f784 <gup_fast_fallback+0x424>
ffff80008013f774:	b	ffff80008013f7d0 <gup_fast_fallback+0x470>
ffff80008013f778:	str	x2, [x3, x0, lsl #3]
ffff80008013f77c:	add	x0, x0, #0x1
ffff80008013f780:	b	ffff80008013f764 <gup_fast_fallback+0x404>
ffff80008013f784:	prfm	pstl1strm, [x27]
ffff80008013f788:	ldxr	x0, [x27]
ffff80008013f78c:	orr	x0, x0, #0x4
ffff80008013f790:	stxr	w1, x0, [x27]
ffff80008013f794:	cbnz	w1, ffff80008013f788 <gup_fast_fallback+0x428>
ffff80008013f798:	add	w20, w20, w26
ffff80008013f79c:	ldr	x0, [sp, #128]
ffff80008013f7a0:	add	x0, x0, #0x8
ffff80008013f7a4:	str	x0, [sp, #128]
ffff80008013f7a8:	cmp	x22, x21
ffff80008013f7ac:	b.ne	ffff80008013f630 <gup_fast_fallback+0x2d0>  // b.any
ffff80008013f7b0:	ldr	x0, [sp, #120]
ffff80008013f7b4:	add	x0, x0, #0x8
ffff80008013f7b8:	str	x0, [sp, #120]
ffff80008013f7bc:	ldr	x0, [sp, #136]
ffff80008013f7c0:	cmp	x0, x22
ffff80008013f7c4:	b.eq	ffff80008013f6ac <gup_fast_fallback+0x34c>  // b.none
ffff80008013f7c8:	mov	x23, x22
ffff80008013f7cc:	b	ffff80008013f460 <gup_fast_fallback+0x100>
ffff80008013f7d0:	mov	x0, #0x4                   	// #4
ffff80008013f7d4:	stset	x0, [x27]
ffff80008013f7d8:	b	ffff80008013f798 <gup_fast_fallback+0x438>
ffff80008013f7dc:	mov	w1, w19
ffff80008013f7e0:	str	x6, [sp, #152]
ffff80008013f7e4:	str	x5, [sp, #184]
ffff80008013f7e8:	bl	ffff80008013ce90 <gup_fast_folio_allowed>
ffff80008013f7ec:	ldr	x6, [sp, #152]
ffff80008013f7f0:	tst	w0, #0xff
ffff80008013f7f4:	ldr	x5, [sp, #184]
ffff80008013f7f8:	b.ne	ffff80008013f80c <gup_fast_fallback+0x4ac>  // b.any
ffff80008013f7fc:	mov	w2, w19
ffff80008013f800:	mov	w1, w5
ffff80008013f804:	mov	x0, x23
ffff80008013f808:	b	ffff80008013f6a8 <gup_fast_fallback+0x348>
ffff80008013f80c:	tbnz	x26, #51, ffff80008013f828 <gup_fast_fallback+0x4c8>
ffff80008013f810:	mov	x2, x23
ffff80008013f814:	mov	w1, w19
ffff80008013f818:	mov	x0, #0x0                   	// #0
ffff80008013f81c:	bl	ffff80008013cef8 <gup_must_unshare>
ffff80008013f820:	tst	w0, #0xff
ffff80008013f824:	b.ne	ffff80008013f7fc <gup_fast_fallback+0x49c>  // b.any
ffff80008013f828:	ldr	x0, [sp, #104]
ffff80008013f82c:	add	x2, x0, w20, sxtw #3
ffff80008013f830:	and	x0, x5, #0xffffffff
ffff80008013f834:	add	x1, x25, x6, lsl #6
ffff80008013f838:	cmp	x0, x6
ffff80008013f83c:	b.ne	ffff80008013f848 <gup_fast_fallback+0x4e8>  // b.any
ffff80008013f840:	b	ffff80008013f854 <gup_fast_fallback+0x4f4>
ffff80008013f844:	b	ffff80008013f880 <gup_fast_fallback+0x520>
ffff80008013f848:	str	x1, [x2, x6, lsl #3]
ffff80008013f84c:	add	x6, x6, #0x1
ffff80008013f850:	b	ffff80008013f834 <gup_fast_fallback+0x4d4>
ffff80008013f854:	prfm	pstl1strm, [x23]
ffff80008013f858:	ldxr	x0, [x23]
ffff80008013f85c:	orr	x0, x0, #0x4
ffff80008013f860:	stxr	w1, x0, [x23]
ffff80008013f864:	cbnz	w1, ffff80008013f858 <gup_fast_fallback+0x4f8>
ffff80008013f868:	add	w20, w20, w5
ffff80008013f86c:	add	x27, x27, #0x8
ffff80008013f870:	cmp	x21, x24
ffff80008013f874:	b.eq	ffff80008013f79c <gup_fast_fallback+0x43c>  // b.none
ffff80008013f878:	mov	x23, x24
ffff80008013f87c:	b	ffff80008013f518 <gup_fast_fallback+0x1b8>
ffff80008013f880:	mov	x0, #0x4                   	// #4
ffff80008013f884:	stset	x0, [x23]
ffff80008013f888:	b	ffff80008013f868 <gup_fast_fallback+0x508>
ffff80008013f88c:	mov	x1, x23
ffff80008013f890:	add	x0, sp, #0xc8
ffff80008013f894:	mov	x2, #0x0                   	// #0
ffff80008013f898:	str	x26, [sp, #200]
ffff80008013f89c:	bl	ffff800080156258 <__pte_offset_map>
ffff80008013f8a0:	mov	x25, x0
ffff80008013f8a4:	cbz	x0, ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013f8a8:	ldr	x5, [x25]
ffff80008013f8ac:	mov	x0, #0x1                   	// #1
ffff80008013f8b0:	movk	x0, #0x10, lsl #48
ffff80008013f8b4:	bics	xzr, x0, x5
ffff80008013f8b8:	b.ne	ffff80008013f8c8 <gup_fast_fallback+0x568>  // b.any
ffff80008013f8bc:	mov	x0, x25
ffff80008013f8c0:	bl	ffff800080024c84 <contpte_ptep_get_lockless>
ffff80008013f8c4:	mov	x5, x0
ffff80008013f8c8:	mov	x0, #0x841                 	// #2113
ffff80008013f8cc:	mov	x1, #0x800                 	// #2048
ffff80008013f8d0:	movk	x0, #0x40, lsl #48
ffff80008013f8d4:	and	x0, x5, x0
ffff80008013f8d8:	movk	x1, #0x40, lsl #48
ffff80008013f8dc:	cmp	x0, x1
ffff80008013f8e0:	b.eq	ffff80008013fa20 <gup_fast_fallback+0x6c0>  // b.none
ffff80008013f8e4:	mov	x0, #0x41                  	// #65
ffff80008013f8e8:	and	x0, x5, x0
ffff80008013f8ec:	cmp	x0, #0x41
ffff80008013f8f0:	b.ne	ffff80008013fa20 <gup_fast_fallback+0x6c0>  // b.any
ffff80008013f8f4:	tbz	w19, #0, ffff80008013f8fc <gup_fast_fallback+0x59c>
ffff80008013f8f8:	tbz	x5, #51, ffff80008013fa20 <gup_fast_fallback+0x6c0>
ffff80008013f8fc:	tbnz	x5, #56, ffff80008013fa20 <gup_fast_fallback+0x6c0>
ffff80008013f900:	ldr	x0, [x28]
ffff80008013f904:	ubfx	x1, x5, #12, #38
ffff80008013f908:	mov	w2, w19
ffff80008013f90c:	str	x5, [sp, #184]
ffff80008013f910:	sub	x0, x1, x0, asr #12
ffff80008013f914:	mov	x1, #0xffffffffc0000000    	// #-1073741824
ffff80008013f918:	movk	x1, #0xfdff, lsl #32
ffff80008013f91c:	add	x0, x1, x0, lsl #6
ffff80008013f920:	mov	w1, #0x1                   	// #1
ffff80008013f924:	str	x0, [sp, #152]
ffff80008013f928:	bl	ffff80008013cba0 <try_grab_folio_fast>
ffff80008013f92c:	mov	x26, x0
ffff80008013f930:	cbz	x0, ffff80008013fa20 <gup_fast_fallback+0x6c0>
ffff80008013f934:	ldr	x0, [x27]
ffff80008013f938:	ldr	x1, [sp, #200]
ffff80008013f93c:	ldr	x5, [sp, #184]
ffff80008013f940:	cmp	x1, x0
ffff80008013f944:	b.eq	ffff80008013f960 <gup_fast_fallback+0x600>  // b.none
ffff80008013f948:	mov	w2, w19
ffff80008013f94c:	mov	x0, x26
ffff80008013f950:	mov	w1, #0x1                   	// #1
ffff80008013f954:	bl	ffff80008013c968 <gup_put_folio>
ffff80008013f958:	bl	ffff80008013cd78 <__rcu_read_unlock>
ffff80008013f95c:	b	ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013f960:	ldr	x2, [x25]
ffff80008013f964:	mov	x0, #0x1                   	// #1
ffff80008013f968:	movk	x0, #0x10, lsl #48
ffff80008013f96c:	bics	xzr, x0, x2
ffff80008013f970:	b.ne	ffff80008013f988 <gup_fast_fallback+0x628>  // b.any
ffff80008013f974:	mov	x0, x25
ffff80008013f978:	str	x5, [sp, #184]
ffff80008013f97c:	bl	ffff800080024c84 <contpte_ptep_get_lockless>
ffff80008013f980:	mov	x2, x0
ffff80008013f984:	ldr	x5, [sp, #184]
ffff80008013f988:	str	x2, [sp, #184]
ffff80008013f98c:	cmp	x2, x5
ffff80008013f990:	b.ne	ffff80008013f948 <gup_fast_fallback+0x5e8>  // b.any
ffff80008013f994:	mov	w1, w19
ffff80008013f998:	mov	x0, x26
ffff80008013f99c:	bl	ffff80008013ce90 <gup_fast_folio_allowed>
ffff80008013f9a0:	tst	w0, #0xff
ffff80008013f9a4:	ldr	x2, [sp, #184]
ffff80008013f9a8:	b.eq	ffff80008013f948 <gup_fast_fallback+0x5e8>  // b.none
ffff80008013f9ac:	tbnz	x2, #51, ffff80008013f9c8 <gup_fast_fallback+0x668>
ffff80008013f9b0:	ldr	x2, [sp, #152]
ffff80008013f9b4:	mov	w1, w19
ffff80008013f9b8:	mov	x0, #0x0                   	// #0
ffff80008013f9bc:	bl	ffff80008013cef8 <gup_must_unshare>
ffff80008013f9c0:	tst	w0, #0xff
ffff80008013f9c4:	b.ne	ffff80008013f948 <gup_fast_fallback+0x5e8>  // b.any
ffff80008013f9c8:	b	ffff80008013f9d0 <gup_fast_fallback+0x670>
ffff80008013f9cc:	b	ffff80008013fa14 <gup_fast_fallback+0x6b4>
ffff80008013f9d0:	prfm	pstl1strm, [x26]
ffff80008013f9d4:	ldxr	x0, [x26]
ffff80008013f9d8:	orr	x0, x0, #0x4
ffff80008013f9dc:	stxr	w1, x0, [x26]
ffff80008013f9e0:	cbnz	w1, ffff80008013f9d4 <gup_fast_fallback+0x674>
ffff80008013f9e4:	ldr	x0, [sp, #104]
ffff80008013f9e8:	add	x23, x23, #0x1, lsl #12
ffff80008013f9ec:	ldr	x1, [sp, #152]
ffff80008013f9f0:	add	x25, x25, #0x8
ffff80008013f9f4:	str	x1, [x0, w20, sxtw #3]
ffff80008013f9f8:	add	w20, w20, #0x1
ffff80008013f9fc:	cmp	x24, x23
ffff80008013fa00:	b.ne	ffff80008013f8a8 <gup_fast_fallback+0x548>  // b.any
ffff80008013fa04:	mov	w25, #0x1                   	// #1
ffff80008013fa08:	bl	ffff80008013cd78 <__rcu_read_unlock>
ffff80008013fa0c:	cbnz	w25, ffff80008013f86c <gup_fast_fallback+0x50c>
ffff80008013fa10:	b	ffff80008013f6ac <gup_fast_fallback+0x34c>
ffff80008013fa14:	mov	x0, #0x4                   	// #4
ffff80008013fa18:	stset	x0, [x26]
ffff80008013fa1c:	b	ffff80008013f9e4 <gup_fast_fallback+0x684>
ffff80008013fa20:	mov	w25, #0x0                   	// #0
ffff80008013fa24:	b	ffff80008013fa08 <gup_fast_fallback+0x6a8>
ffff80008013fa28:	ldr	x1, [sp, #104]
ffff80008013fa2c:	mrs	x0, sp_el0
ffff80008013fa30:	ldr	x0, [x0, #984]
ffff80008013fa34:	mov	w5, #0x210000              	// #2162688
ffff80008013fa38:	add	x3, x1, x20, lsl #3
ffff80008013fa3c:	orr	w5, w19, w5
ffff80008013fa40:	ldr	x1, [sp, #160]
ffff80008013fa44:	add	x4, sp, #0xc4
ffff80008013fa48:	sub	x2, x1, x20
ffff80008013fa4c:	ldr	x1, [sp, #112]
ffff80008013fa50:	add	x1, x1, x20, lsl #12
ffff80008013fa54:	bl	ffff80008013eebc <__gup_longterm_locked>
ffff80008013fa58:	tbz	w0, #31, ffff80008013fa68 <gup_fast_fallback+0x708>
ffff80008013fa5c:	cmp	x20, #0x0
ffff80008013fa60:	csel	w0, w0, w20, eq	// eq = none
ffff80008013fa64:	b	ffff80008013f400 <gup_fast_fallback+0xa0>
ffff80008013fa68:	add	w0, w20, w0
ffff80008013fa6c:	b	ffff80008013f400 <gup_fast_fallback+0xa0>

Disassembly of section .rodata.text:

Disassembly of section .init.text:

Disassembly of section .exit.text:
